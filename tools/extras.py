"""Print the requirements of extras of ``pyproject.toml``, one a line, the extras they name of
this project itself expanded: what ``make`` adds on top of an installed package, so that the
package is built and installed once, not again for every extra.

    python tools/extras.py test web > requirements.txt
"""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def requirements(extras: list[str], project: dict) -> list[str]:
    """The requirements of ``extras`` in order, each once; ``NAME[a,b]`` of the project itself
    is replaced by the requirements of its extras a and b."""
    name = project["name"].lower()
    table = project.get("optional-dependencies", {})
    own = re.compile(rf"^{re.escape(name)}\s*\[([^\]]*)\]\s*$", re.IGNORECASE)
    out: list[str] = []
    seen: set[str] = set()

    def add(extra: str) -> None:
        if extra in seen:
            return
        if extra not in table:
            raise SystemExit(f"extras.py: no extra {extra!r} in {PYPROJECT.name}")
        seen.add(extra)
        for req in table[extra]:
            m = own.match(req)
            if m:
                for e in m.group(1).split(","):
                    add(e.strip())
            elif req not in out:
                out.append(req)

    for extra in extras:
        add(extra)
    return out


def main(argv: list[str]) -> int:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    print("\n".join(requirements(argv, project)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
