"""Printed reports (PDF, ReportLab): the incident review report, the drill report and the plan
binder, in Chinese or English, with the bundled CJK font embedded (see ``docs/reviews.md``)."""
