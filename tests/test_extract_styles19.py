"""Error classes found on the written sets of session 17, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


def test_bank_branches_are_parts_of_the_bank():
    # 某银行某分行某支行: each branch is part of the one before it, the full
    # name is one unit, and 分行 alone on the page is that branch
    a = run_page("本网讯　9日，禾川银行栖州分行南湖支行（以下简称“南湖支行”）与栖州职业技术学院签署银校合作协议。"
                 "分行副行长滕晓岚，南湖支行行长芮思远出席仪式。")
    orgs = names(a, "Organization")
    assert {"禾川银行", "禾川银行栖州分行", "禾川银行栖州分行南湖支行"} <= orgs
    assert "南湖支行" not in orgs  # the alias is the full name
    subs = rel(a, "subOrganizationOf")
    assert ("禾川银行栖州分行南湖支行", "禾川银行栖州分行") in subs
    assert ("禾川银行栖州分行", "禾川银行") in subs
    p = posts(a)
    assert ("芮思远", "禾川银行栖州分行南湖支行", "行长") in p
    assert ("滕晓岚", "禾川银行栖州分行", "副行长") in p
    assert ("禾川银行栖州分行南湖支行", "栖州职业技术学院") in rel(a, "signedAgreement")
    # guard: 分行 as a verb (to break a line) names no unit
    a = run_page("9日，栖州职业技术学院召开排版培训会。报名表请按栏目分行填写，参赛诗歌须分行排列。")
    assert not any(n.endswith("分行") for n in names(a, "Organization"))
