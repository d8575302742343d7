"""The entity card as text, for `cgkg show`."""

from __future__ import annotations

from .output import shown
from .prefixes import compact


def _name(value, label) -> str:
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        short = compact(value)
        return f"{label} ({short})" if label else short
    return str(value)


# The card's own words, in the language of its labels (--lang), as the properties' names already are.
WORDS = {
    "en": {"type": "type", "facts": "Facts", "relations": "Relations", "incoming": "Referenced by",
           "evidence": "Evidence", "this": "this"},
    "zh": {"type": "类型", "facts": "事实", "relations": "关系", "incoming": "被引用",
           "evidence": "证据", "this": "本实体"},
    "it": {"type": "tipo", "facts": "Fatti", "relations": "Relazioni", "incoming": "Citato da",
           "evidence": "Fonti", "this": "questa entità"},
}


def format_card(card: dict, lang: str = "en") -> str:
    return "\n".join(map(shown, _card_lines(card, WORDS.get(lang, WORDS["en"])))) + "\n"


def _card_lines(card: dict, words: dict[str, str]) -> list[str]:
    lines = [compact(card["id"])]
    for label in card["labels"]:
        tag = f"@{label['lang']}" if label["lang"] else ""
        lines.append(f"  {compact(label['property'])}: {label['value']}{tag}")
    if card["types"]:
        lines.append(f"  {words['type']}: " + ", ".join(_name(t["type"], t["label"]) for t in card["types"]))
    if card["facts"]:
        lines += ["", words["facts"]]
        for f in card["facts"]:
            lines.append(f"  {f['propertyLabel'] or compact(f['property'])}: {_name(f['value'], f['valueLabel'])}")
    if card["relations"]:
        lines += ["", words["relations"]]
        current = None
        for r in card["relations"]:
            if r["fact"] != current:
                current = r["fact"]
                kind = r["typeLabel"] or compact(r["type"])
                lines.append(f"  {compact(r['fact'])} [{kind}] ({r['roleLabel'] or compact(r['role'])} {words['this']})")
            lines.append(f"    {r['propertyLabel'] or compact(r['property'])}: {_name(r['value'], r['valueLabel'])}")
    if card["incoming"]:
        lines += ["", words["incoming"]]
        for i in card["incoming"]:
            when = f" [{i['when']}]" if i.get("when") else ""
            lines.append(f"  {_name(i['subject'], i['subjectLabel'])}{when} "
                         f"{i['propertyLabel'] or compact(i['property'])} {words['this']}")
    if card["evidence"]:
        lines += ["", words["evidence"]]
        for e in card["evidence"]:
            where = f"{compact(e['source'])} [{e['start']}:{e['end']}]" if e["start"] is not None else compact(e["source"])
            lines.append(f"  {where} “{e['quote']}”")
    return lines
