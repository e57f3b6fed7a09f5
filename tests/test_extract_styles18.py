"""Error classes found on the written sets of session 16, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


def test_neighbourhood_and_its_party_committee_are_units():
    # a 社区 before a post or its service centre is a unit, and so is a 街道's
    # 党工委; an occasion at the 社区's service centre is held at the 社区
    a = run_page("11月3日上午，青溪街道老年学校开学典礼在柳湾社区党群服务中心举行。"
                 "青溪街道党工委书记卓文涛，柳湾社区党委书记费雅琴出席典礼。")
    orgs = names(a, "Organization")
    assert {"青溪街道党工委", "柳湾社区"} <= orgs
    p = posts(a)
    assert ("卓文涛", "青溪街道党工委", "书记") in p
    assert ("费雅琴", "柳湾社区", "党委书记") in p
    assert ("青溪街道老年学校开学典礼", "柳湾社区") in rel(a, "heldAt")
    # guard: 社区 inside a school's name or as a plain word is no unit
    a = run_page("11月3日上午，青溪街道社区教育学院与柳湾社区卫生服务站签约。活动旨在建设和谐社区、服务城乡社区。")
    orgs = names(a, "Organization")
    assert not {"青溪街道社区", "和谐社区", "城乡社区"} & orgs
