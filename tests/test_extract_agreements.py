"""Agreements (signedAgreement): who signs with whom, in invented articles.

Every name and place here is invented; the wording is this file's own.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import rel, run


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in rel(run(text), "signedAgreement")}


def P(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


_SCHOOL = "葭州职业技术学院"
_FIRM = "葭州远帆智能科技有限公司"
_FIRM2 = "苇川恒锐机械有限公司"

_PEOPLE = (
    f"{_FIRM}总经理费清河，{_FIRM2}副总经理邵雨桐，{_SCHOOL}党委书记乔慕白出席活动。"
)


def test_extract_agreements_two_persons_sign_for_their_units_without_daibiao():
    text = (
        f"3月5日，{_SCHOOL}校企合作推进会在学院图书馆报告厅召开。{_PEOPLE}"
        "会上，乔慕白与费清河签署了现代学徒制培养协议。"
    )
    assert _pairs(text) == {P(_SCHOOL, _FIRM)}


def test_extract_agreements_one_person_with_each_of_several():
    text = (
        f"3月5日，{_SCHOOL}校企合作推进会在学院图书馆报告厅召开。{_PEOPLE}"
        "推进会上，乔慕白分别与费清河、邵雨桐签订了顶岗实习合作协议。"
    )
    assert _pairs(text) == {P(_SCHOOL, _FIRM), P(_SCHOOL, _FIRM2)}


def test_extract_agreements_subject_of_an_earlier_clause_signs_with_each():
    text = (
        "4月2日，苇川新材料股份有限公司在公司总部举行产教融合签约仪式，"
        "与苇川技师学院、苇川市交通职业学校分别签署实训基地共建协议。"
    )
    assert _pairs(text) == {
        P("苇川新材料股份有限公司", "苇川技师学院"),
        P("苇川新材料股份有限公司", "苇川市交通职业学校"),
    }


def test_extract_agreements_carried_subject_after_bing_yu():
    text = (
        "葭南大学与北屿海事大学签署学生交换协议，"
        "并与苇川新材料股份有限公司签订研究生联合培养协议。"
    )
    assert _pairs(text) == {
        P("葭南大学", "北屿海事大学"),
        P("葭南大学", "苇川新材料股份有限公司"),
    }


def test_extract_agreements_three_party_agreement_pairs_all_three():
    text = "会上，蒹城职业中等专业学校、蒹城工程职业学院与蒹城青榆家具有限公司签订“3+2”三方合作协议。"
    assert _pairs(text) == {
        P("蒹城职业中等专业学校", "蒹城工程职业学院"),
        P("蒹城职业中等专业学校", "蒹城青榆家具有限公司"),
        P("蒹城工程职业学院", "蒹城青榆家具有限公司"),
    }


def test_extract_agreements_three_party_signed_by_two_persons_names_the_third_after():
    text = (
        f"3月5日，{_SCHOOL}校企合作推进会在学院图书馆报告厅召开。"
        f"葭州高新技术产业园区管理委员会副主任岑晓峰，{_SCHOOL}党委书记乔慕白出席。"
        f"随后，乔慕白与岑晓峰签署三方合作协议，由{_FIRM}提供真实项目。"
    )
    assert _pairs(text) == {
        P(_SCHOOL, "葭州高新技术产业园区管理委员会"),
        P(_SCHOOL, _FIRM),
        P("葭州高新技术产业园区管理委员会", _FIRM),
    }


def test_extract_agreements_a_list_of_signings_pairs_each_couple_only():
    text = (
        "楸林大学与楸林芯途半导体有限公司共建集成电路产业学院、"
        "楸林商贸职业学院与楸林鲜丰食品有限公司共建零售实训基地等8个项目集中签约。"
    )
    assert _pairs(text) == {
        P("楸林大学", "楸林芯途半导体有限公司"),
        P("楸林商贸职业学院", "楸林鲜丰食品有限公司"),
    }


def test_extract_agreements_signers_for_two_schools_sign_for_the_whole_schools():
    text = (
        "10月9日，葭南大学国际合作论坛在学校举行。北屿海事大学航运学院院长Anders Lindqvist，"
        "葭南大学副校长贝思琪出席论坛。"
        "贝思琪与Anders Lindqvist分别代表两校签署合作备忘录。"
    )
    assert _pairs(text) == {P("葭南大学", "北屿海事大学")}


def test_extract_agreements_an_office_signs_for_its_company():
    text = (
        f"5月8日，{_SCHOOL}订单班开班仪式在学院举行。{_FIRM2}人力资源部经理邵雨桐，"
        f"{_SCHOOL}党委书记乔慕白出席。乔慕白与邵雨桐签订了订单班培养协议。"
    )
    assert _pairs(text) == {P(_SCHOOL, _FIRM2)}


def test_extract_agreements_ceremony_name_of_a_college_is_not_its_university():
    text = "5月9日下午，葭南大学机电工程学院与葭南数控设备有限公司校企合作签约仪式在学院举行。"
    assert _pairs(text) == {P("葭南大学机电工程学院", "葭南数控设备有限公司")}


def test_extract_agreements_units_declared_with_short_names():
    text = (
        f"6月3日，{_FIRM}（以下简称“远帆科技”）与{_SCHOOL}（以下简称“葭职院”）"
        "战略合作签约仪式在远帆科技总部举行。远帆科技与葭职院还签署了共建实训中心协议。"
    )
    assert _pairs(text) == {P(_SCHOOL, _FIRM)}


def test_extract_agreements_a_person_signs_on_behalf_of_a_named_unit():
    text = f"{_PEOPLE}随后，乔慕白代表{_SCHOOL}与{_FIRM2}签约。"
    assert _pairs(text) == {P(_SCHOOL, _FIRM2)}


def test_extract_agreements_unit_title_person_with_unit_title_person():
    text = f"仪式上，{_SCHOOL}院长乔慕白与{_FIRM}总经理费清河签署了校企合作协议。"
    assert _pairs(text) == {P(_SCHOOL, _FIRM)}


def test_extract_agreements_the_agreement_title_names_the_parties():
    text = "在双方领导见证下，乔慕白与Anders Lindqvist签署了《葭南大学与北屿海事大学学术交流协议》。"
    assert _pairs(text) == {P("葭南大学", "北屿海事大学")}


def test_extract_agreements_an_unknown_signer_signs_for_the_host_of_the_ceremony():
    text = (
        "5月20日，苇川新材料股份有限公司2026年订单班签约仪式在公司总部举行。"
        "苇川技师学院院长费清河，苇川市交通职业学校校长邵雨桐出席签约仪式。"
        "仪式由乔慕白主持。仪式上，乔慕白分别与费清河、邵雨桐签订了订单班合作协议。"
    )
    assert _pairs(text) == {
        P("苇川新材料股份有限公司", "苇川技师学院"),
        P("苇川新材料股份有限公司", "苇川市交通职业学校"),
    }


def test_extract_agreements_a_firm_among_several_signs_with_the_school():
    text = "活动中，蒹城云杉物流有限公司等12家企业与蒹城市职业中等专业学校签署了合作意向书。"
    assert _pairs(text) == {P("蒹城云杉物流有限公司", "蒹城市职业中等专业学校")}


def test_extract_agreements_a_list_on_the_left_signs_each_with_the_right():
    text = "会上，苇川技师学院、苇川市交通职业学校分别与苇川新材料股份有限公司签约。"
    assert _pairs(text) == {
        P("苇川技师学院", "苇川新材料股份有限公司"),
        P("苇川市交通职业学校", "苇川新材料股份有限公司"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_SCHOOL}与{_FIRM}共建智能制造产业学院，双方领导共同为产业学院揭牌。",
        f"{_FIRM}总经理费清河向{_SCHOOL}订单班授旗，并为企业导师颁发聘书。",
        f"{_SCHOOL}与{_FIRM}将在实训基地建设、师资互聘等方面深化合作。",
    ],
)
def test_extract_agreements_building_flags_and_unveiling_sign_nothing(sentence):
    assert _pairs(sentence) == set()


@pytest.mark.parametrize("verb", ["签署", "签订", "签约", "续签"])
@pytest.mark.parametrize("doc", ["合作协议", "框架协议", "合作备忘录", "合作意向书"])
def test_extract_agreements_any_signed_document_counts(verb, doc):
    text = f"会上，{_SCHOOL}与{_FIRM}{verb}了{doc}。" if verb != "签约" else f"会上，{_SCHOOL}与{_FIRM}就{doc}签约。"
    assert _pairs(text) == {P(_SCHOOL, _FIRM)}


@pytest.mark.parametrize("doc", ["第三方实习保险协议", "涵盖三方面内容的合作协议"])
def test_extract_agreements_third_party_and_three_aspects_are_not_three_parties(doc):
    text = f"会上，苇川技师学院、苇川市交通职业学校与苇川新材料股份有限公司签订{doc}。"
    assert _pairs(text) == {
        P("苇川技师学院", "苇川新材料股份有限公司"),
        P("苇川市交通职业学校", "苇川新材料股份有限公司"),
    }


def test_extract_agreements_guests_at_a_signing_ceremony_sign_nothing():
    text = f"苇川市教育局副局长岑晓峰、{_FIRM}总经理费清河等出席签约仪式。"
    assert _pairs(text) == set()


def test_extract_agreements_two_schools_listed_then_signing():
    text = "会上，葭南大学、北屿海事大学两校签署了合作备忘录。"
    assert _pairs(text) == {P("葭南大学", "北屿海事大学")}


@pytest.mark.parametrize("mark", ["，", "、"])
def test_extract_agreements_each_signer_names_the_unit_they_sign_for(mark):
    text = f"签约仪式上，乔慕白代表{_SCHOOL}{mark}费清河代表{_FIRM}签订合作协议。"
    assert _pairs(text) == {P(_SCHOOL, _FIRM)}


def test_extract_agreements_shuangfang_after_the_two_units_of_the_sentence():
    text = f"{_SCHOOL}为{_FIRM}授予“实践教学基地”牌匾，双方签订了人才培养协议。"
    assert _pairs(text) == {P(_SCHOOL, _FIRM)}


def test_extract_agreements_shuangfang_after_two_units_joined_in_the_sentence_before():
    text = "葭南大学与北屿海事大学举行合作交流座谈会。会后，双方签署了学生交换协议。"
    assert _pairs(text) == {P("葭南大学", "北屿海事大学")}


@pytest.mark.parametrize(
    "before",
    [
        "苇川市教育局副局长岑晓峰、葭南大学副校长贝思琪出席仪式，",
        "葭南大学副校长贝思琪会见了北屿海事大学代表团一行。",
        "座谈会上，贝思琪介绍了学校概况。",
    ],
)
def test_extract_agreements_shuangfang_without_two_joined_parties_signs_nothing(before):
    assert _pairs(before + "会后，双方签署了合作协议。") == set()
