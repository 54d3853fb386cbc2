"""Write docs/rights.md from the rules file: every rule with its article, check date and confidence.

Usage: python scripts/rights_doc.py [OUT.md]   (a test keeps docs/rights.md in step)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vault.rights import rules_for  # noqa: E402

CONFIDENCE = {"C": "confirmed in the text", "L": "likely (to check)", "U": "unconfirmed (to check)"}


def _row(name: str, rule: dict[str, Any], checked: str) -> str:
    figures = ", ".join(
        f"{key} {value}"
        for key, value in rule.items()
        if key not in ("source", "confidence") and isinstance(value, int | float | str)
    )
    confidence = CONFIDENCE[rule["confidence"]]
    when = rule.get("checked_on", checked)
    return f"| {name} | {figures} | {rule['source']} | {when} | {confidence} |"


def _entry_row(entry: dict[str, Any], checked: str) -> str:
    """A scheme (named by its command-line code) or a piece of information, with who it is for."""
    who = entry["statuses"] if entry["statuses"] == "all" else ", ".join(entry["statuses"])
    name = (
        f"{entry['short']} ({entry['title']['en']})" if "short" in entry else entry["title"]["en"]
    )
    confidence = CONFIDENCE[entry["confidence"]]
    return f"| {name} | {who} | {entry['source']} | {checked} | {confidence} |"


def render() -> str:
    rules = rules_for(2026)
    data = rules.data
    lines = [
        f"# Rights rules {rules.year}",
        "",
        "Generated from `resources/rights/2026.json` by `scripts/rights_doc.py`; do not edit.",
        "",
        f"- In force on: {data['in_force_on']} ({data['checked_against']})",
        f"- Checked on: {rules.checked_on}",
        f"- Open questions: {data['open_questions']['en']}",
        "",
        'Amounts in euro cents, hours for public agents. Rules marked "to check" are',
        "shown in the app with « à vérifier sur le site officiel ».",
        "",
        "## CPF",
        "",
        "| rule | figures | source | checked | confidence |",
        "|---|---|---|---|---|",
    ]
    for name, rule in data["cpf"].items():
        if isinstance(rule, dict) and "source" in rule:
            lines.append(_row(name, rule, rules.checked_on))
    for cap in data["cpf"]["caps"]:
        lines.append(_row(f"cap: {cap['kind']}", cap, rules.checked_on))
    for heading, first, entries in (
        ("Schemes", "code", data["schemes"]),
        ("Also shown", "what", data["information"]),
    ):
        lines += ["", f"## {heading}", "", f"| {first} | who | source | checked | confidence |"]
        lines += ["|---|---|---|---|---|"]
        for entry in entries:
            lines.append(_entry_row(entry, rules.checked_on))
    return "\n".join(lines) + "\n"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "rights.md"
    out.write_text(render(), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
