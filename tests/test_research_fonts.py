"""A CJK font for plots: found when installed, a warning (not an error) when not."""
from __future__ import annotations

import warnings

import pytest

matplotlib = pytest.importorskip("matplotlib")

from pipeline.research import fonts  # noqa: E402


def test_a_font_fontconfig_lists_is_used(monkeypatch):
    if not fonts.fontconfig_cjk_files():
        pytest.skip("no CJK font installed (make fonts)")
    monkeypatch.setattr(matplotlib, "rcParams", matplotlib.rcParams.copy())
    family = fonts.use_cjk_font()
    assert family and matplotlib.rcParams["font.sans-serif"][0] == family

    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.set_title("国内生产总值增长目标")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph is a UserWarning
        fig.canvas.draw()
    plt.close(fig)


def test_no_font_warns_and_returns_none(monkeypatch):
    monkeypatch.setattr(fonts, "fontconfig_cjk_files", lambda: [])
    monkeypatch.setattr(fonts, "KNOWN_FAMILIES", ("No Such Font Family",))
    monkeypatch.setattr(matplotlib, "rcParams", matplotlib.rcParams.copy())
    with pytest.warns(UserWarning, match="no CJK font"):
        assert fonts.use_cjk_font() is None
