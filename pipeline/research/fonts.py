"""A font for Chinese labels in matplotlib plots (notebooks, reports).

:func:`use_cjk_font` looks for an installed CJK font — first what fontconfig reports for
``:lang=zh`` (``fc-list``), then well-known family names matplotlib already knows — registers it
with matplotlib and makes it the first sans-serif family.  Without one it warns once and returns
``None``: plots still draw, with boxes for the Chinese characters.  On Debian/Ubuntu
``apt-get install fonts-noto-cjk`` (or ``fonts-wqy-zenhei``) provides one.
"""
from __future__ import annotations

import shutil
import subprocess
import warnings
from typing import Optional

KNOWN_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC",
    "STHeiti", "AR PL UMing CN", "AR PL UKai CN", "Droid Sans Fallback",
)


def fontconfig_cjk_files() -> list[str]:
    """Font files fontconfig says cover Chinese (empty when fc-list is missing)."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})


def find_cjk_font() -> Optional[str]:
    """The family name of an installed CJK font, registered with matplotlib; None when there is none."""
    from matplotlib import font_manager

    fm = font_manager.fontManager
    for path in fontconfig_cjk_files():
        try:
            fm.addfont(path)  # fonts installed after matplotlib built its cache
            name = font_manager.FontProperties(fname=path).get_name()
        except (OSError, RuntimeError, ValueError):
            continue
        if name:
            return name
    known = {f.name for f in fm.ttflist}
    return next((fam for fam in KNOWN_FAMILIES if fam in known), None)


def use_cjk_font() -> Optional[str]:
    """Make matplotlib draw Chinese with an installed CJK font; returns its family (or None, with a warning)."""
    import logging

    import matplotlib

    # a .ttc face of weight 500 makes font_manager log "Failed to find font weight normal" per text
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    family = find_cjk_font()
    if family is None:
        warnings.warn("no CJK font found: Chinese labels will show as boxes "
                      "(install fonts-noto-cjk or fonts-wqy-zenhei)", stacklevel=2)
        return None
    matplotlib.rcParams["font.sans-serif"] = [family,
                                              *[f for f in matplotlib.rcParams["font.sans-serif"] if f != family]]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family
