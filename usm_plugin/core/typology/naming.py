"""Naming types by transparent rules read from a user-editable file (data, not code).

A rule file (JSON, default ``resources/typology_rules.json``) maps *roles* such as
``income`` or ``violence`` to field-name patterns, and lists rules tried in order:
the first rule whose conditions hold for a type's profile names it, and the reason
(each condition with the field and the type's standardised median) is reported.  A type
no rule fits keeps a neutral name.

Conditions, on a role's standardised type median ``z`` (type median minus the median of
all neighbourhoods, in robust standard deviations IQR / 1.349; see
:func:`~.profiles.type_profiles`):

* ``{"role": r, "is": "high"}`` ``z >= high``; ``"low"`` ``z <= low``;
  ``"not_high"`` ``z < high``; ``"not_low"`` ``z > low``;
* ``{"role": r, "share_at_least": s}`` the type's mean of a 0/1 flag is at least ``s``;
* ``{"any": [...]}``, ``{"at_least": m, "of": [...]}``.

A condition on a role with no matching field is *unknown* and ignored (the reason
says so); a rule lists in ``require`` the roles it cannot do without, and needs at
least one known condition to fire.
"""

from __future__ import annotations

import fnmatch
import json
import os
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from ..runtime import InputError

__all__ = ["default_rules_path", "load_rules", "match_roles", "name_types", "TypeName"]


def default_rules_path() -> str:
    """The rule file shipped with the plugin."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))))
    return os.path.join(root, "resources", "typology_rules.json")


def load_rules(path: Optional[str] = None) -> dict:
    """Read and check a rule file (the shipped default when ``path`` is None)."""
    path = path or default_rules_path()
    try:
        with open(path, encoding="utf-8") as handle:
            rules = json.load(handle)
    except OSError as error:
        raise InputError(f"cannot read the typology rule file {path}: {error}") from error
    except json.JSONDecodeError as error:
        raise InputError(f"the typology rule file {path} is not valid JSON: {error}") from error
    for key in ("roles", "rules", "thresholds"):
        if key not in rules:
            raise InputError(f"the typology rule file {path} has no '{key}' section")
    for rule in rules["rules"]:
        if not {"name", "label", "when"} <= set(rule):
            raise InputError(f"rule {rule!r} in {path} needs 'name', 'label' and 'when'")
    rules.setdefault("version", "unversioned")
    rules["path"] = path
    return rules


def match_roles(rules: dict, fields: Sequence[str]) -> Dict[str, str]:
    """Role -> the first field (in pattern order) whose name matches one of its patterns."""
    out = {}
    lower = {f.lower(): f for f in fields}
    for role, patterns in rules["roles"].items():
        for pattern in patterns:
            hits = [lower[f] for f in lower if fnmatch.fnmatchcase(f, pattern.lower())]
            if hits:
                out[role] = hits[0]
                break
    return out


@dataclass
class TypeName:
    type_id: int
    name: str
    rule: str
    reason: str


def _evaluate(cond, z, share, roles, thresholds, used):
    """True / False / None (unknown) for one condition; appends explanations to ``used``."""
    if "any" in cond or "at_least" in cond:
        parts = cond.get("any", cond.get("of", []))
        values = [_evaluate(c, z, share, roles, thresholds, used) for c in parts]
        known = [v for v in values if v is not None]
        if not known:
            return None
        need = 1 if "any" in cond else int(cond["at_least"])
        return sum(known) >= need
    role = cond["role"]
    field = roles.get(role)
    if field is None:
        used.append(f"{role}: no field (ignored)")
        return None
    if "share_at_least" in cond:
        value = share.get(field)
        ok = value is not None and value >= float(cond["share_at_least"])
        used.append(f"{field} share {value:.2f} {'>=' if ok else '<'} {cond['share_at_least']}")
        return ok
    value = z[field]
    high, low = thresholds["high"], thresholds["low"]
    test = {"high": value >= high, "low": value <= low, "not_high": value < high,
            "not_low": value > low}.get(cond["is"])
    if test is None:
        raise InputError(f"unknown condition 'is': {cond['is']!r} (high, low, not_high, not_low)")
    used.append(f"{field} {value:+.2f} sd ({cond['is']})")
    return bool(test)


def name_types(profiles_z: List[Dict[str, float]], shares: List[Dict[str, float]],
               rules: dict, fields: Sequence[str]) -> List[TypeName]:
    """Name each type by the first rule that fits its profile.

    Parameters
    ----------
    profiles_z : list of dict
        Per type (in type order 1..k): field -> standardised type median.
    shares : list of dict
        Per type: field -> plain type mean (for 0/1 flags such as a historic-centre field).
    rules : dict
        From :func:`load_rules`.
    fields : sequence of str
        Fields available for naming (the indicators plus naming-only fields).

    Returns
    -------
    list of TypeName
        Names made unique by appending ``(type N)`` when two types get the same label.
    """
    roles = match_roles(rules, fields)
    thresholds = rules["thresholds"]
    out = []
    for t, (z, share) in enumerate(zip(profiles_z, shares), start=1):
        chosen = None
        for rule in rules["rules"]:
            if any(r not in roles for r in rule.get("require", ())):
                continue
            used: List[str] = []
            values = [_evaluate(c, z, share, roles, thresholds, used) for c in rule["when"]]
            known = [v for v in values if v is not None]
            if known and all(known):
                reason = f"rule '{rule['name']}' ({rule.get('explain', '')}): " + "; ".join(used)
                chosen = TypeName(t, rule["label"], rule["name"], reason)
                break
        if chosen is None:
            neutral = rules.get("neutral_name", "Type {type_id}").format(type_id=t)
            chosen = TypeName(t, neutral, "", "no rule fits this profile")
        out.append(chosen)
    counts: Dict[str, int] = {}
    for item in out:
        counts[item.name] = counts.get(item.name, 0) + 1
    for item in out:
        if counts[item.name] > 1:
            item.name = f"{item.name} (type {item.type_id})"
    return out
