"""The colours of the window, light and dark: the Qt palette of each, and the few colours the
windows set by hand (overdue red, muted grey, the drill blue, banners, the phase strip…).

Why one table per scheme rather than colours scattered over the widgets: every colour set by hand
must stay readable in both schemes, which a test checks (WCAG contrast against the backgrounds
the colour is shown on). Which scheme is on screen is read from the application palette itself
(:func:`colours`), so there is no second record of it to fall out of step: whatever applied the
palette (``appearance.py``), a model asked for a row's colour, or a widget painting itself, gets
the colours of the palette the window shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True, slots=True)
class Colours:
    """One scheme's hand-set colours, as ``#RRGGBB`` (what style sheets and QColor both take)."""

    dark: bool
    # the palette
    window: str
    base: str
    alternate_base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled_text: str
    tooltip_base: str
    light: str
    midlight: str
    mid: str
    shade: str  # QPalette.Dark
    shadow: str
    # text meaning something, shown on the window, a table or a tinted background
    muted: str
    overdue: str
    overdue_background: str
    soon: str
    soon_background: str
    done: str
    open: str
    drill: str
    drill_background: str
    drill_hatch: str
    serious: str  # rated "performed with major challenges": between amber and red
    level_fallback: str  # a level the plan gives no colour
    # the frames of the board's sections
    frame: str
    frame_title: str
    # banners: closed incident, signed-off review, server unreachable, server back
    closed_background: str
    closed_border: str
    signed_background: str
    signed_border: str
    signed_text: str
    outage_background: str
    outage_border: str
    restored_background: str
    restored_border: str
    # the painted parts: phase strip, department bars, the checklist's tick boxes
    phase_past: str
    phase_past_text: str
    phase_current: str
    phase_current_text: str
    phase_future: str
    phase_future_text: str
    bar_track: str
    caption: str
    tick_border: str
    tick_fill: str


LIGHT = Colours(
    dark=False,
    window="#F0F0F0",
    base="#FFFFFF",
    alternate_base="#F5F6F7",
    text="#1B1F23",
    button="#F0F0F0",
    highlight="#2B6CB0",
    highlighted_text="#FFFFFF",
    link="#1A5FB4",
    placeholder="#6B6B6B",
    disabled_text="#9A9A9A",
    tooltip_base="#FFFFE1",
    light="#FFFFFF",
    midlight="#E3E3E3",
    mid="#B8B8B8",
    shade="#9F9F9F",
    shadow="#767676",
    muted="#646464",
    overdue="#C62828",
    overdue_background="#FDECEA",
    soon="#975500",
    soon_background="#FFF4E0",
    done="#276E2B",
    open="#546E7A",
    drill="#1565C0",
    drill_background="#E3F2FD",
    drill_hatch="#BBDEFB",
    serious="#C13B0E",
    level_fallback="#616161",
    frame="#B0BEC5",
    frame_title="#263238",
    closed_background="#ECEFF1",
    closed_border="#90A4AE",
    signed_background="#FFF8E1",
    signed_border="#FFB300",
    signed_text="#5D4037",
    outage_background="#FFF4CE",
    outage_border="#D8A300",
    restored_background="#E6F4E3",
    restored_border="#4F9A45",
    phase_past="#C8E6C9",
    phase_past_text="#1B5E20",
    phase_current="#1A237E",
    phase_current_text="#FFFFFF",
    phase_future="#ECEFF1",
    phase_future_text="#546E7A",
    bar_track="#E3E7EA",
    caption="#424242",
    tick_border="#607D8B",
    tick_fill="#FFFFFF",
)

DARK = Colours(
    dark=True,
    window="#202124",
    base="#18191B",
    alternate_base="#232528",
    text="#E8EAED",
    button="#2A2C30",
    highlight="#2F6DB5",
    highlighted_text="#FFFFFF",
    link="#8AB4F8",
    placeholder="#9AA0A6",
    disabled_text="#6F737A",
    tooltip_base="#2A2C30",
    light="#4A4D52",
    midlight="#3A3C40",
    mid="#2E3034",
    shade="#141517",
    shadow="#000000",
    muted="#A0A4AA",
    overdue="#FF7B72",
    overdue_background="#4D2424",
    soon="#E8A33D",
    soon_background="#4A3A1C",
    done="#6CC070",
    open="#9EB0BA",
    drill="#7DB7FF",
    drill_background="#1B2F47",
    drill_hatch="#2D4F7A",
    serious="#FF8A5C",
    level_fallback="#757575",
    frame="#4A5057",
    frame_title="#D5DADF",
    closed_background="#2C3136",
    closed_border="#5F6B73",
    signed_background="#3D3220",
    signed_border="#C89100",
    signed_text="#FFE0A3",
    outage_background="#43391A",
    outage_border="#B88A00",
    restored_background="#1F3A22",
    restored_border="#4F9A45",
    phase_past="#254D2A",
    phase_past_text="#B5E3B8",
    phase_current="#3F51B5",
    phase_current_text="#FFFFFF",
    phase_future="#2E3236",
    phase_future_text="#A7B4BC",
    bar_track="#33373C",
    caption="#C4C7CB",
    tick_border="#8A9BA5",
    tick_fill="#18191B",
)

ON_DARK = "#FFFFFF"
ON_LIGHT = "#1B1F23"
BADGE = "#D32F2F"
"""The tray icon's count badge: on the desktop's panel, not on our window, so one red for both."""


def is_dark(palette: QPalette) -> bool:
    """A palette is dark when its window colour is (whoever made it: ours, or the system's)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colours() -> Colours:
    """The colours of the scheme on screen, read from the application's palette."""
    if QGuiApplication.instance() is None:
        return LIGHT
    return DARK if is_dark(QGuiApplication.palette()) else LIGHT


def build_palette(scheme: Colours) -> QPalette:
    """The full Qt palette of a scheme: every role set, disabled ones greyed."""
    c = scheme
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, c.window),
        (roles.WindowText, c.text),
        (roles.Base, c.base),
        (roles.AlternateBase, c.alternate_base),
        (roles.Text, c.text),
        (roles.Button, c.button),
        (roles.ButtonText, c.text),
        (roles.BrightText, ON_DARK),
        (roles.Highlight, c.highlight),
        (roles.HighlightedText, c.highlighted_text),
        (roles.Link, c.link),
        (roles.LinkVisited, c.link),
        (roles.ToolTipBase, c.tooltip_base),
        (roles.ToolTipText, c.text),
        (roles.PlaceholderText, c.placeholder),
        (roles.Light, c.light),
        (roles.Midlight, c.midlight),
        (roles.Mid, c.mid),
        (roles.Dark, c.shade),
        (roles.Shadow, c.shadow),
        (roles.Accent, c.highlight),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.HighlightedText):
        palette.setColor(disabled, role, QColor(c.disabled_text))
    palette.setColor(disabled, roles.Highlight, QColor(c.mid))
    palette.setColor(disabled, roles.Base, QColor(c.window))
    return palette


def readable_on(background: str) -> str:
    """White or near-black text, whichever reads better on ``background`` (a level's colour)."""
    light = contrast_ratio(ON_DARK, background)
    dark = contrast_ratio(ON_LIGHT, background)
    return ON_DARK if light >= dark else ON_LIGHT


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#RRGGBB`` colour."""
    c = QColor(colour)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours: 1 (none) to 21 (black on white); text wants 4.5."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
