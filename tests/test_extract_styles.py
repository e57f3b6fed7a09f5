"""Articles in styles the dev corpus lacks (a WeChat post, a government
appointment notice, a wire report), written for these tests with invented
names: the facts a reader finds must come out, and nothing from the
furniture around them."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.ingest import iter_articles
from zhkg.pipeline import extract_one

STYLES = Path(__file__).parent / "data" / "styles"


def _read(name: str):
    return extract_one(next(iter_articles([STYLES / name])))


def _facts(a) -> set[tuple]:
    return {(r.s, r.p, r.o, r.title) for r in a.relations}


def test_extract_styles_wechat_post() -> None:
    a = _read("wechat-alliance.txt")
    assert a.metadata["published"] == "2024-06-18" and a.metadata["source"] == "江城市教育局"
    comm = "江城市现代制造业产教联盟"
    ev = comm + "成立大会"
    facts = _facts(a)
    assert {
        ("邝文澜", "holdsPosition", "江城市人民政府", "副市长"),
        ("司马慧", "holdsPosition", "江城市教育局", "局长"),
        ("柴若涵", "holdsPosition", "江城工程职业技术学院", "院长"),
        ("颜书宁", "chaired", ev, None),
        ("邝文澜", "officiatesUnveiling", comm, None),
        ("江城工程职业技术学院", "leadsCommunity", comm, None),
        ("江城重工集团有限公司", "memberOf", comm, None),
        ("庞立峰", "holdsPosition", comm, "理事长"),
        (ev, "heldAt", "江城工程职业技术学院", None),
    } <= facts
    events = [e for e in a.entities if e.type == "Event"]
    assert [(e.name, e.attrs.get("date")) for e in events] == [(ev, "2024-06-17")]
    assert next(e for e in a.entities if e.name == comm).attrs["member_count"] == 56
    assert "江城职教联盟" not in {e.name for e in a.entities}  # the headline's short name is the same body


def test_extract_styles_appointment_notice() -> None:
    a = _read("appointment-notice.txt")
    assert a.metadata["title"] == "关于杭宁等同志职务任免的通知"
    facts = {(r.s, r.p, r.o, r.title, r.attrs.get("removed")) for r in a.relations}
    assert {
        ("杭宁", "holdsPosition", "江城市第一中等职业学校", "校长", None),
        ("骆云舒", "holdsPosition", "江城市职业教育中心", "副主任", None),
        ("谭舒扬", "holdsPosition", "江城市教育局职业教育与成人教育处", "处长", None),
        ("谭舒扬", "holdsPosition", "江城市教育局办公室", "主任", True),
    } <= facts
    assert {e.name for e in a.entities if e.type == "Person"} == {"杭宁", "骆云舒", "谭舒扬"}


def test_extract_styles_wire_report() -> None:
    a = _read("wire-report.txt")
    assert a.metadata["author"] == "管思远" and a.metadata["title"] is None
    people = {e.name for e in a.entities if e.type == "Person"}
    assert "管思远" not in people  # the reporter is metadata, not a person of the report
    ev = "江苏省职业教育产教融合推进会"
    facts = _facts(a)
    assert {
        ("贲文杰", "spokeAt", ev, None),
        ("葛道远", "chaired", ev, None),
        ("琚明轩", "holdsPosition", "常州信息职业技术学院", "院长"),
        ("滕嘉懿", "spokeAt", ev, None),
    } <= facts
    assert not [e for e in a.entities if e.type == "Community"]  # 首批20个…联合体 names no body


@pytest.mark.parametrize("name", ["wechat-alliance.txt", "appointment-notice.txt", "wire-report.txt"])
def test_extract_styles_offsets_are_exact(name: str) -> None:
    a = _read(name)
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text


def test_extract_styles_long_list_of_officials() -> None:
    a = _read("province-meeting-long-list.txt")
    ev = "全省职业教育工作会议"
    facts = _facts(a)
    posts = {(s, o, t) for s, p, o, t in facts if p == "holdsPosition"}
    assert len(posts) >= 17
    assert {
        ("邵一峰", "省经信厅", "总工程师"),
        ("管清扬", "万向集团公司", "副总裁"),
        ("苗思远", "吉利控股集团", "人力资源总监"),
        ("阮书瑶", "湖州职业技术学院", "院长"),  # the unit carried over from 党委书记施鸿飞
        ("童嘉木", "浙江机电职业技术大学", "校长"),
    } <= posts
    attended = {s for s, p, o, _ in facts if p == "attended" and o == ev}
    assert len(attended) >= 16
    assert ("何景川", "chaired", ev, None) in facts and (ev, "heldAt", "浙江工业职业技术学院", None) in facts


def test_extract_styles_company_release() -> None:
    a = _read("company-release.txt")
    names = {e.name: e for e in a.entities}
    assert "“未来工匠”产业学院" in names  # a quoted title before the unit word
    assert names["晨光智造集团股份有限公司"].attrs.get("aliases") == ["晨光智造"]
    facts = _facts(a)
    assert {
        ("岑立恒", "holdsPosition", "晨光智造集团股份有限公司", "总裁"),
        ("甘雨桐", "holdsPosition", "东川职业技术大学", "校长"),
        ("晨光智造集团股份有限公司", "signedAgreement", "东川职业技术大学", None),
    } <= facts
