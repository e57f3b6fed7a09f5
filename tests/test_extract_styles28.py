"""Error classes found on the written sets of session 28, each in our own
invented wording, with guard cases that keep a rule from over-reaching."""

from __future__ import annotations

from zhkg.extract import extract_article
from zhkg.model import Article

from .extract_helpers import names, posts, rel, run, run_page


def test_a_part_named_in_full_only_in_a_meetings_name_keeps_that_name():
    # 某职业技术学院某产业学院揭牌仪式, then 产业学院 / 某产业学院 alone: the part is the
    # full name the meeting's name gives it, a part of that school
    a = run("6月2日上午，涟州职业技术学院与涟州市汽车行业协会合作签约暨涟州职业技术学院新能源汽车产业学院揭牌仪式"
            "在涟州职业技术学院实训中心举行。根据协议，双方将共建新能源汽车产业学院。"
            "新能源汽车产业学院院长由鄢蕴和兼任。龚屿帆、鄢蕴和共同为新能源汽车产业学院揭牌。")
    assert "涟州职业技术学院新能源汽车产业学院" in names(a, "Organization")
    assert "新能源汽车产业学院" not in names(a, "Organization")
    assert ("涟州职业技术学院新能源汽车产业学院", "涟州职业技术学院") in rel(a, "subOrganizationOf")
    assert ("鄢蕴和", "涟州职业技术学院新能源汽车产业学院", "院长") in posts(a)
    # guard: a part two parties build (某大学—某公司某中心, A与B某中心) is not the second party's
    a = run("6月2日上午，涟州理工大学—涟州精工机械有限公司智能装备联合研发中心揭牌仪式在涟州理工大学举行。"
            "智能装备联合研发中心主任由鄢蕴和兼任。")
    assert "涟州精工机械有限公司智能装备联合研发中心" not in names(a, "Organization")


def test_jituan_is_the_group_named_in_front_of_its_branch():
    # 某某集团有限公司某分公司 named, then 集团党委书记、董事长某某: the group company,
    # named only in front of its branch, not the bureau named last
    a = run("5月6日上午，涟州职业技术学院实训基地揭牌仪式在涟州精工集团有限公司汀川分公司举行。"
            "涟州市教育局副局长龚屿帆，集团党委书记、董事长鄢蕴和，总经理柏晗昱出席仪式。")
    p = posts(a)
    assert ("鄢蕴和", "涟州精工集团有限公司", "董事长") in p
    assert ("柏晗昱", "涟州精工集团有限公司", "总经理") in p
    assert not any(s == "柏晗昱" and o == "涟州市教育局" for s, o, _ in p)
    # guard: with two groups in front of the named units, 集团 is neither
    a = run("5月6日上午，涟州精工集团有限公司汀川分公司与涟州建工集团有限公司汀川分公司签约。"
            "集团党委书记鄢蕴和出席。")
    assert not any(s == "鄢蕴和" and o.endswith("集团有限公司") for s, o, _ in posts(a))


def test_the_two_partners_of_a_jointly_built_unit_name_its_unveiling_past_both_declarations():
    # 甲（以下简称“甲”）与乙（以下简称“乙”）共建的某产业学院揭牌仪式: the partners name the
    # occasion, as they do with no declaration; both declarations are left out
    a = run("6月10日上午，涟州精工机械有限公司（以下简称“涟州精工”）与汀川县职业中等专业学校（以下简称“汀川职专”）"
            "共建的精工数控产业学院揭牌仪式在汀川职专实训楼举行。")
    assert "涟州精工机械有限公司与汀川县职业中等专业学校共建的精工数控产业学院揭牌仪式" in names(a, "Event")
    # guard: a unit named with its school's full name after 的 names the occasion alone
    a = run("6月10日上午，涟州精工机械有限公司（以下简称“涟州精工”）与汀川职业技术学院（以下简称“汀川职院”）"
            "共建的汀川职业技术学院精工数控产业学院揭牌仪式在汀川职院实训楼举行。")
    assert "汀川职业技术学院精工数控产业学院揭牌仪式" in names(a, "Event")


def test_a_rare_surname_that_is_a_word_after_a_name_cue():
    # 主持人：剧某（职务）: 剧 (word_surnames.txt) starts a name after a cue
    a = run("论坛由涟州职业技术学院主办。\n主持人：剧澄宇（涟州职业技术学院副院长）\n")
    assert "剧澄宇" in names(a, "Person")
    # guard: in free text the word stays a word
    a = run("5月6日，涟州职业技术学院剧场举行迎新演出。")
    assert not any(n.startswith("剧") for n in names(a, "Person"))


def test_a_meeting_convened_after_the_ceremony_is_what_the_next_speakers_speak_at():
    # 会后，双方在会议室召开某座谈会。…甲介绍了…: the meeting convened after the
    # ceremony is an occasion of its own; who speaks next speaks there
    a = run("5月6日上午，涟州职业技术学院实训基地揭牌仪式在涟州精工机械有限公司举行。公司董事长鄢蕴和出席并致辞。"
            "会后，双方在三楼会议室召开校企合作座谈会。座谈会由龚屿帆主持，柏晗昱参加。"
            "柏晗昱介绍了订单培养方案。")
    assert ("柏晗昱", "校企合作座谈会") in rel(a, "spokeAt")
    assert ("柏晗昱", "涟州职业技术学院实训基地揭牌仪式") not in rel(a, "spokeAt")
    # guard: one only to be held (期间还将举办某论坛) is no occasion reported
    a = run("5月6日上午，涟州职业教育博览会在涟州会展中心开幕。鄢蕴和出席并致辞。"
            "据悉，博览会期间还将举办产教融合高峰论坛等配套活动。")
    assert "产教融合高峰论坛" not in names(a, "Event")


def test_a_bare_post_taken_in_a_sentence_about_a_unit_is_that_units():
    # 产业学院实行…负责制，甲任理事长，乙任院长: the post is the unit's the sentence begins with
    a = run("5月6日上午，涟州职业技术学院精工数控产业学院揭牌仪式在涟州职业技术学院举行。"
            "根据协议，产业学院实行理事会领导下的院长负责制，鄢蕴和任理事长，龚屿帆任院长。")
    p = posts(a)
    assert ("鄢蕴和", "涟州职业技术学院精工数控产业学院", "理事长") in p
    assert ("龚屿帆", "涟州职业技术学院精工数控产业学院", "院长") in p
    # guard: a sentence that begins with no unit gives the post to nobody's unit
    a = run("5月6日上午，涟州职业技术学院精工数控产业学院揭牌仪式在涟州职业技术学院举行。"
            "会议明确，鄢蕴和任组长，龚屿帆任副组长。")
    assert not any(s == "鄢蕴和" for s, _, _ in posts(a))


def test_a_short_name_only_the_headline_gives_is_the_bodys_longer_name():
    # 共建智能装备联合研究院 in the headline, 某大学某某智能装备联合研究院 in the body:
    # one unit, named as the body names it
    page = ("我校与精工集团共建智能装备联合研究院\n"
            "5月6日上午，涟州理工大学精工智能装备联合研究院揭牌仪式在涟州理工大学举行。"
            "联合研究院院长由鄢蕴和兼任。")
    a = run(page)
    orgs = names(a, "Organization")
    assert "涟州理工大学精工智能装备联合研究院" in orgs and "智能装备联合研究院" not in orgs
    # guard: a name the body gives too stays a unit of its own
    page = ("我校与精工集团共建智能装备联合研究院\n"
            "5月6日上午，涟州理工大学精工智能装备联合研究院揭牌仪式在涟州理工大学举行。"
            "涟州工业大学智能装备联合研究院院长鄢蕴和出席。")
    assert "涟州工业大学智能装备联合研究院" in names(run(page), "Organization")


def test_a_post_qualified_in_brackets_before_a_word_surname():
    # 副院长（主持行政工作）暨某某: the bracket qualifies the post (title_qualifiers);
    # the name after it may begin with a surname that is a word (暨)
    a = run("涟州技师学院党委副书记、副院长（主持行政工作）暨蕴和，汀川县技工学校校长柏晗昱先后作交流发言。")
    assert "暨蕴和" in names(a, "Person")
    assert ("暨蕴和", "涟州技师学院", "副院长") in posts(a)


def test_wei_after_a_name_in_an_election_ends_the_name():
    # 选举某公司董事长王某为共同体理事长: 为 says what the name is made
    a = run("大会选举涟州精工董事长第五骞为共同体理事长，涟州职业技术学院院长柏晗昱为秘书长。")
    assert "第五骞" in names(a, "Person") and "第五骞为" not in names(a, "Person")
    # guard: with no verb of electing or appointing, a name may end with 为
    a = run("5月6日，涟州职业技术学院院长龚有为出席会议并讲话。")
    assert "龚有为" in names(a, "Person")


def test_a_verb_of_coming_glued_to_a_headlines_name():
    # 副厅长霍某来我院调研 in the headline, 霍某一行 in the body: the name, then 来
    page = ("省教育厅副厅长鄢蕴来我院调研\n"
            "6月11日下午，涟州省教育厅副厅长鄢蕴一行来我院调研。鄢蕴在讲话中肯定了学院的办学成效。")
    a = run(page)
    assert "鄢蕴" in names(a, "Person") and "鄢蕴来" not in names(a, "Person")


def test_rare_surnames_and_the_chief_economist():
    # 仲长 (compound), 蒉, 爨 (surnames.txt) and 总经济师 (titles.txt)
    a = run("5月6日上午，汀川县召开职业教育推进会。县人大常委会副主任 仲长弘毅　县政协副主席 蓟婉清出席。"
            "会议由副县长爨鸣远主持，县教育局局长蒉溍舟作工作报告。涟州精工集团总经济师滑姝妍参加会议。")
    people = names(a, "Person")
    assert {"仲长弘毅", "爨鸣远", "蒉溍舟", "滑姝妍"} <= people
    assert ("滑姝妍", "涟州精工集团", "总经济师") in posts(a)


def test_a_signer_listed_with_two_posts_signs_for_the_first_unit():
    # 甲代表某厅，分别与乙、丙和某集团副总经理兼人力资源部部长丁签署: 丁 signs for the group
    a = run("8月19日下午，签约仪式在厅机关举行。涟州精工机械有限公司董事长鄢蕴和，汀川建设股份有限公司董事长龚屿帆，"
            "涟州港务集团有限公司（以下简称“港务集团”）董事长柏晗昱出席签约仪式。"
            "随后，訾岚峤代表省人力资源和社会保障厅，分别与鄢蕴和、龚屿帆和港务集团副总经理兼人力资源部部长雍慕岩签署合作协议。")
    pairs = {frozenset(x) for x in rel(a, "signedAgreement")}
    assert frozenset({"省人力资源和社会保障厅", "涟州港务集团有限公司"}) in pairs
    assert frozenset({"省人力资源和社会保障厅", "涟州精工机械有限公司"}) in pairs
    assert not any("人力资源部" in x for x in pairs)


def test_sections_listed_after_neishe_are_the_bodys():
    # 某局内设办公室、人事科…N个科室: each section listed is a part of the bureau
    a = run("汀川县教育局内设办公室、人事股、计划财务股3个股室，全县有各级各类学校43所。")
    parts = rel(a, "subOrganizationOf")
    assert {("办公室", "汀川县教育局"), ("人事股", "汀川县教育局"), ("计划财务股", "汀川县教育局")} <= parts
    # guard: with no count of sections after the list, nothing is read as a part
    a = run("汀川县教育局内设办公室、人事股负责同志参加会议。")
    assert ("人事股", "汀川县教育局") not in rel(a, "subOrganizationOf")
    # guard: a credit line that is itself a short form (某市人社局) names nothing new
    a = run("7月2日上午，招聘会在市体育馆举行。市人社局局长须筠出席。", source="涟州市人社局")
    assert "涟州市人社局" not in names(a, "Organization")


def test_a_verb_that_takes_a_unit_as_its_object_is_no_part_of_its_name():
    # 关心和支持学校, 充分肯定学院 (triggers.json unit_object_verbs): the verb, then a kind of unit
    a = run("5月6日，涟州职业技术学院召开校友座谈会。校友会会长鄢蕴和表示，将一如既往地关心和支持学校发展。"
            "龚屿帆在讲话中充分肯定学院一年来取得的成绩。")
    assert names(a, "Organization") == {"涟州职业技术学院"}
    # guard: 系 inside a field's name (国际关系学院) stays in the name
    a = run("5月6日，涟州大学国际关系学院召开会议，院长鄢蕴和出席。")
    assert "涟州大学国际关系学院" in names(a, "Organization")


def test_xi_is_before_a_unit_named_elsewhere():
    # 某某系某职业技术学院党委委员: 系 (is), then the school the page names again
    # (a place of rare characters that no place rule knows)
    a = run("5月6日，鄬州职业技术学院召开干部大会。会议宣布，龚屿帆任鄬州职业技术学院副院长。"
            "据介绍，龚屿帆系鄬州职业技术学院党委委员。")
    assert names(a, "Organization") == {"鄬州职业技术学院"}


def test_three_signers_each_for_a_body_sign_one_agreement_of_all():
    # 甲代表区政府、乙代表学院、丙代表公司签署: each name represents its body, the three sign together
    a = run("昨天上午，汀川区人民政府、涟州职业技术学院、涟州精工机械有限公司签约仪式在区政府举行。"
            "区长鄢蕴和，涟州职业技术学院院长龚屿帆，涟州精工机械有限公司总经理柏晗昱出席。"
            "随后，鄢蕴和代表区政府、龚屿帆代表学院、柏晗昱代表公司签署《政校企合作框架协议》。")
    reps = rel(a, "represents")
    assert {("鄢蕴和", "汀川区人民政府"), ("龚屿帆", "涟州职业技术学院"), ("柏晗昱", "涟州精工机械有限公司")} <= reps
    pairs = {frozenset(x) for x in rel(a, "signedAgreement")}
    assert frozenset({"涟州职业技术学院", "涟州精工机械有限公司"}) in pairs
    # guard: 甲、乙代表企业发言: two names, one word for what they speak as
    a = run("5月6日，涟州职业技术学院订单班开班仪式举行。涟州精工机械有限公司总经理柏晗昱、副总经理龚屿帆出席。"
            "柏晗昱、龚屿帆代表企业发言。")
    assert not any(s == "龚屿帆" for s, _ in rel(a, "represents"))


def test_a_part_after_a_party_department_or_union_by_its_level_is_named_alone():
    # 省委组织部干部二处, 省总工会经济技术部 (parent_ends.txt): the part as written after the front
    a = run("5月6日，干部大会召开。省委组织部干部二处副处长亢琬茵宣读了任职决定。省总工会经济技术部部长阳棣华出席。")
    assert ("干部二处", "省委组织部") in rel(a, "subOrganizationOf")
    assert ("阳棣华", "经济技术部", "部长") in posts(a)


def test_an_occasion_after_its_organisers_and_the_words_joining_them():
    # 由甲主办、乙承办的某某论坛在…举行: the 、 between the organisers does not stop the
    # clause from naming the occasion; the name starts after 的
    a = run("7月8日，由涟州市教育局主办、涟州技师学院承办的涟州智能制造职业教育集团2026年产教对接论坛"
            "在涟州技师学院学术报告厅举行。")
    ev = "涟州智能制造职业教育集团2026年产教对接论坛"
    assert ev in names(a, "Event")
    assert {(ev, "涟州市教育局"), (ev, "涟州技师学院")} <= rel(a, "organizedBy")


def test_a_community_named_without_its_place_and_its_growth_in_members():
    # 新能源汽车行业共同体理事长 for 某省新能源汽车行业产教融合共同体; 成员单位已由…63家发展到96家
    a = run("5月6日，涟江省新能源汽车行业产教融合共同体理事会在涟江理工大学召开。"
            "新能源汽车行业共同体理事长、涟江理工大学校长鄢蕴和介绍，涟江省新能源汽车行业产教融合共同体"
            "成员单位已由成立时的63家发展到96家。")
    assert names(a, "Community") == {"涟江省新能源汽车行业产教融合共同体"}
    assert ("鄢蕴和", "涟江省新能源汽车行业产教融合共同体", "理事长") in posts(a)
    c = next(e for e in a.entities if e.type == "Community")
    assert c.attrs.get("member_count") == 96


def test_members_listed_after_a_kind_label_on_the_same_line():
    # 五、成员单位 / （一）院校：甲、乙 / （三）行业组织：丙: the kind's label, then its members
    page = ("涟州现代物流产教联盟成员单位名单\n\n"
            "一、理事长单位\n涟州职业技术学院\n\n"
            "二、成员单位（部分）\n（一）院校：涟州市交通技工学校、汀川县职业中等专业学校\n"
            "（二）行业组织：涟州市快递行业协会\n")
    a = run(page)
    members = {s for s, o in rel(a, "memberOf") if o == "涟州现代物流产教联盟"}
    assert {"涟州市交通技工学校", "汀川县职业中等专业学校", "涟州市快递行业协会"} <= members


def test_a_credited_source_keeps_the_closing_bracket_of_its_second_name():
    # 来源：党委组织部（人力资源部）: one unit under two names; the bracket it opens is closed
    page = ("某公司召开干部大会\n时间：2026-12-04　　来源：党委组织部（人力资源部）　　阅读：2461\n\n"
            "12月3日，涟州精工机械有限公司召开干部大会。\n")
    assert run_page(page).metadata["source"] == "党委组织部（人力资源部）"
    # guard: a bracket around the whole field still goes
    page = "某公司召开干部大会\n（来源：党委组织部）\n\n12月3日，涟州精工机械有限公司召开干部大会。\n"
    assert run_page(page).metadata["source"] == "党委组织部"


def test_a_name_run_into_the_next_officials_department():
    # 总经理甲人力资源部部长乙 (a comma dropped): the name ends where a department
    # with a post after it begins
    a = run("5月6日，座谈会召开。集团副总经理兼智能装备事业部总经理禤珝樾人力资源部部长蒯苡宁，学院副院长邴璆棣参加座谈。")
    assert {"禤珝樾", "蒯苡宁"} <= names(a, "Person")
    assert ("蒯苡宁", "人力资源部", "部长") in posts(a)


def test_a_commissions_short_names_on_its_own_site():
    # on the site of 某省人民政府国有资产监督管理委员会: 省国资委 is the site's body, and
    # 委企业改革处 its 企业改革处 (own_prefixes.txt 委)
    a = extract_article(Article(path="x.txt", text="6月18日，省国资委召开推进会。省国资委副主任尉迟煊岳出席会议并讲话，会议由委企业改革处处长澹台翯川主持。",
                                metadata={"published": "2026-06-19", "site": "涟江省人民政府国有资产监督管理委员会"}))
    p = posts(a)
    assert ("尉迟煊岳", "涟江省人民政府国有资产监督管理委员会", "副主任") in p
    assert ("澹台翯川", "企业改革处", "处长") in p
    assert ("企业改革处", "涟江省人民政府国有资产监督管理委员会") in rel(a, "subOrganizationOf")


def test_two_parties_with_a_space_between_them_name_their_signing():
    # 某省教育厅 某市人民政府共建…签约仪式在…举行: the space joins the two parties of the name
    a = run("昨天上午，涟江省教育厅 涟州市人民政府共建职业教育产教融合示范市框架协议签约仪式在市政府第一会议室举行。")
    assert "涟江省教育厅涟州市人民政府共建职业教育产教融合示范市框架协议签约仪式" in names(a, "Event")


def test_a_latin_name_before_the_verb_of_taking_a_post():
    # Feikje Hylkema任某学院院长: the Latin name, then 任 and the post
    a = run("5月6日，学校召开干部大会。会议宣布，Ortrun Veldkamp任国际教育学院院长。")
    assert "Ortrun Veldkamp" in names(a, "Person")
    assert not any("Veldkamp" in n for n in names(a, "Organization"))
    # guard: a Latin run before 任 with no post after it names no one
    a = run("5月6日，学校召开干部大会。会议强调，Smart Campus任重道远。")
    assert "Smart Campus" not in names(a, "Person")


def test_a_wechat_guest_list_under_bracketed_labels():
    # 【出席嘉宾】 over lines of several names each after its post (no colon anywhere),
    # 【主持人】某校副校长 某某 on one line: who attended, who chaired
    page = ("5月6日上午，2026年汀川区职业教育活动周启动仪式在汀川职专举行。\n\n"
            "【出席嘉宾】\n汀川区人民政府副区长 长孙翀霓\n汀川区教育局局长 妫泓 副局长 钮晏琮\n\n"
            "【主持人】汀川职专副校长 聂昭棣\n\n妫泓在讲话中说，职业教育活动周是展示职教风采的窗口。\n")
    a = run(page)
    ev = "2026年汀川区职业教育活动周启动仪式"
    assert {("钮晏琮", ev), ("长孙翀霓", ev)} <= rel(a, "attended")
    assert ("聂昭棣", ev) in rel(a, "chaired")


def test_a_board_title_is_never_carried_to_an_institute():
    # 某研究院院长甲为公司首席技术顾问，董事长乙为其颁发聘书: the chairman is the company's, not the institute's
    a = run("5月6日，涟州精工机械有限公司聘请涟江理工大学精密制造研究院院长尉迟湜岳为公司首席技术顾问，"
            "董事长夏侯翊堃为其颁发聘书。")
    assert not any(o.endswith("研究院") and t == "董事长" for _, o, t in posts(a))
    # guard: a company's run carries the board title on
    a = run("5月6日，涟州精工机械有限公司总经理尉迟湜岳，副总经理夏侯翊堃出席。")
    assert ("夏侯翊堃", "涟州精工机械有限公司", "副总经理") in posts(a)


def test_projects_led_in_a_profile_chair_no_occasion():
    # 某某，…教授，主持完成省级重点研发项目3项: a profile's projects, not a meeting chaired
    a = run("经2026年3月31日学院党委会议研究决定：\n聘任涟州精工机械有限公司总工程师乐正昶为智能制造学院产业教授。\n"
            "乐正昶，男，1976年2月生，正高级工程师，主持完成省级重点研发项目3项。\n")
    assert not any(s == "乐正昶" for s, _ in rel(a, "chaired"))
    # guard: 主持 of a meeting still chairs it
    a = run("5月6日，涟州职业技术学院校企合作座谈会在学院举行。座谈会由副院长乐正昶主持。")
    assert ("乐正昶", "涟州职业技术学院校企合作座谈会") in rel(a, "chaired")


def test_xi_between_a_name_and_its_unit_and_posts():
    # 某某系某职业技术学院党委委员、副院长，…挂职任…: the name, 系 (is), its home unit and posts
    a = run("5月6日，会议召开。县教育局副局长（挂职）贺峤生出席会议。"
            "贺峤生系鄬州职业技术学院党委委员、副院长，2025年9月起挂职任汀川县教育局副局长。")
    p = posts(a)
    assert ("贺峤生", "鄬州职业技术学院", "副院长") in p
    assert "系鄬州职业技术学院" not in names(a, "Organization")


def test_a_closing_credit_written_a_line_each():
    # END / 文 / 某某 / 图 / 某某 / 责编 / 某某 / 审核 / 某某: every credit line is read, the photo's stays
    page = ("集团召开工作会议\n\n5月27日，涟州现代农业职业教育集团秘书处召开工作会议。会议听取了各方意见。\n\nEND\n\n"
            "文 / 校企合作办公室 羊舌瑀\n图 / 第五暄\n责编 / 梁丘琬\n审核 / 蓟荇\n\n往期推荐\n👉 春耕正当时\n")
    a = run_page(page)
    assert (a.metadata["author"], a.metadata["editor"], a.metadata["reviewer"]) == ("羊舌瑀", "梁丘琬", "蓟荇")
    assert "图 / 第五暄" in a.text


def test_the_two_named_before_unveil_together():
    # 甲与乙分别代表双方签署…，两人还共同为“某产业学院”揭牌: both unveil
    a = run("5月6日，涟州智能装备产业学院揭牌仪式在涟州职业技术学院举行。学院院长邴昶颢，涟州精工机械有限公司董事长仝骅霖出席。"
            "随后，邴昶颢与仝骅霖分别代表双方签署校企合作协议，两人还共同为“涟州智能装备产业学院”揭牌。")
    assert {("邴昶颢", "涟州智能装备产业学院"), ("仝骅霖", "涟州智能装备产业学院")} <= rel(a, "officiatesUnveiling")
