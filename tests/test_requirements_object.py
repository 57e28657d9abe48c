"""Where the object of a requirement's predicate starts and ends (verbphrase.py), eighth pass.

Sentences of our own, one row per kind of object error left after the seventh pass (kept apart
from tests/test_requirements_verbphrase.py, whose table the action work extends at the same time).
"""
from __future__ import annotations

import pytest

from pipeline.requirements.predicates import action_object

# (predicate text as the stage passes it, topic, cue) -> (action, object)
CASES = [
    # 1. a pivot verb (让, 协调: kind pivot_object) governs a party whose own predicate follows: the party is the
    # object, also when that predicate is a state (an adverb and an adjective, or an idiom), and an adverb
    # before the party's verb is that verb's
    (("让农村居民的获得感更加充实、安全感更有保障", "", "要"), ("让", "农村居民的获得感")),
    (("支持企业家心无旁骛、长远打算", "", "要"), ("支持", "企业家")),
    (("指导、协调各乡镇督促施工单位做好扬尘管控工作", "", ""), ("指导、协调", "各乡镇")),
    (("协调有关部门解决企业用地问题", "", "要"), ("协调", "有关部门")),
    (("组织职工广泛参与志愿服务", "", "要"), ("组织", "职工")),
    (("引导企业积极参与乡村振兴", "", "要"), ("引导", "企业")),
    (("协调推进老旧小区改造", "", "要"), ("协调推进", "老旧小区改造")),
]


@pytest.mark.parametrize("args, expected", CASES, ids=[a[0][:14] for a, _ in CASES])
def test_object(args, expected):
    assert action_object(*args) == expected
