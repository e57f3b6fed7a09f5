"""Error classes found on the written sets of session 15, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, run_page


def test_latin_honorific_is_not_part_of_the_name():
    # Dr./Prof. before a Latin name after a post is a form of address, as 博士
    # after a Chinese name is: the person is the name without it
    a = run_page("4月9日，青州国际职业教育论坛在青州机电职业学院开幕。"
                 "荷兰瓦尔登应用科学大学副校长Prof. Pieter Hoogland，新加坡南岸理工学院院长Dr. Lydia Tan出席论坛。")
    people = names(a, "Person")
    assert {"Pieter Hoogland", "Lydia Tan"} <= people
    assert not any(n.startswith(("Prof", "Dr")) for n in people)
    p = posts(a)
    assert ("Lydia Tan", "新加坡南岸理工学院", "院长") in p
    # guard: a name that only starts like an honorific keeps its letters
    a = run_page("4月9日，青州国际职业教育论坛在青州机电职业学院开幕。"
                 "新加坡南岸理工学院院长Drew Morgan出席论坛。")
    assert "Drew Morgan" in names(a, "Person")
