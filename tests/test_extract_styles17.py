"""Error classes found on the written sets of session 15, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from .extract_helpers import names, posts, rel, run_page


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


def test_cantonese_surname_qu_after_a_title():
    # 区 (Ou) is a surname in Hong Kong and Guangdong names; after a title it
    # starts a name, while 区 as a district word is untouched
    a = run_page("4月7日，本院校长区卓谦博士率领代表团访问青州职业技术学院。"
                 "青州市教育局副局长区志坚出席座谈会。副区长王明出席。")
    people = names(a, "Person")
    assert {"区卓谦", "区志坚", "王明"} <= people
    assert ("区志坚", "青州市教育局", "副局长") in posts(a)
    # guard: in free text (no title before it) 区 stays a district word
    a = run_page("4月7日，区卓越学校联盟在青州职业技术学院成立。")
    assert not any(n.startswith("区") for n in names(a, "Person"))


def test_version_number_and_simulation_words_inside_an_occasion_name():
    # 2.0 in a product's name is one number, not a full stop; 虚拟仿真 qualifies
    # the platform (jieba tags 虚拟 as a verb and cuts 仿|真实|训)
    a = run_page("5月6日，青州远帆教育科技有限公司在青州会展中心举行“匠心云”虚拟仿真实训系统2.0发布会。"
                 "公司董事长韦成林在发布会上致辞。")
    events = names(a, "Event")
    assert "“匠心云”虚拟仿真实训系统2.0发布会" in events
    assert ("韦成林", "“匠心云”虚拟仿真实训系统2.0发布会") in rel(a, "spokeAt")
    # guard: a full stop after a number still ends the sentence before a new one
    a = run_page("5月6日，青州远帆教育科技有限公司营收增长12.5%。新品发布会在青州会展中心举行。")
    assert not any("12" in n for n in names(a, "Event"))
