"""Services: one function per user action, shared by the window, the command line and tests."""
