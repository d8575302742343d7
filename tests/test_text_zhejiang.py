"""The Zhejiang text (001_b220d4c3d447b942.txt, 第22章 浙江产业集群的治理机制和模式演化) in the graph.

Every expectation below was written from the text, not from the data; the comment above each
assertion quotes the sentence it rests on. The graph is the whole bundled graph (ontology and every
data file), parsed with rdflib.
"""

from __future__ import annotations

import re

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

from cgkg import paths


CGKG = rdflib.Namespace("https://w3id.org/cgkg/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
SCHEMA = rdflib.Namespace("https://schema.org/")
ID = "https://w3id.org/cgkg/id/"
CLU = rdflib.Namespace(ID + "cluster/")
AG = rdflib.Namespace(ID + "agent/")
PL = rdflib.Namespace(ID + "place/")
MODE = rdflib.Namespace(ID + "mode/")
PROBLEM = rdflib.Namespace(ID + "problem/")
FUNCTION = rdflib.Namespace(ID + "function/")
MEANS = rdflib.Namespace(ID + "means/")
MEASURE = rdflib.Namespace(ID + "measure/")
BOUND = rdflib.Namespace(ID + "bound/")
ROLE = rdflib.Namespace(ID + "role/")
INS = rdflib.Namespace(ID + "instrument/")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_GYEARMONTH = URIRef("http://www.w3.org/2001/XMLSchema#gYearMonth")
PSG = rdflib.Namespace(ID + "passage/")
EV = rdflib.Namespace(ID + "event/")
FIG = rdflib.Namespace(ID + "figure/")
REL = rdflib.Namespace(ID + "relation/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def g(full_graph) -> rdflib.Graph:
    return full_graph


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def zh(g, label, cls=None):
    """The one node whose Chinese preferred label is `label` (and that has class `cls`, if given)."""
    nodes = {s for s in g.subjects(SKOS.prefLabel, Literal(label, lang="zh"))}
    if cls is not None:
        nodes = {n for n in nodes if (n, RDF.type, cls) in g}
    assert len(nodes) == 1, f"expected one node labelled {label!r}, found {sorted(nodes)}"
    return nodes.pop()


def printed(g, thing):
    return {str(label) for label in g.objects(thing, CGKG.printedLabel)}


def value(g, s, p):
    values = list(g.objects(s, p))
    assert len(values) == 1, f"{s} has {len(values)} values of {p}"
    return values[0]


def year(g, s):
    return int(value(g, s, CGKG.year))


def founding(g, org, cls=CGKG.Founding):
    events = [e for e in g.subjects(ORG.resultingOrganization, org) if (e, RDF.type, cls) in g]
    assert len(events) == 1, f"expected one {cls} of {org}, found {events}"
    return events[0]


def modes(g, cluster):
    return {value(g, a, CGKG.mode) for a in g.subjects(CGKG.system, cluster) if (a, RDF.type, CGKG.ModeAssignment) in g}


def incidences(g, cluster, problem):
    return [
        i
        for i in g.subjects(CGKG.affects, cluster)
        if (i, RDF.type, CGKG.ProblemIncidence) in g and (i, CGKG.problem, problem) in g
    ]


def incidence(g, cluster, problem):
    found = incidences(g, cluster, problem)
    assert len(found) == 1, f"expected one incidence of {problem} in {cluster}, found {found}"
    return found[0]


def leadership(g, firm, cluster):
    found = [
        l
        for l in g.subjects(CGKG.leadFirm, firm)
        if (l, RDF.type, CGKG.Leadership) in g and (l, CGKG.ledSystem, cluster) in g
    ]
    assert len(found) == 1, f"expected one leadership of {firm} over {cluster}, found {found}"
    return found[0]


def figures(g, thing, measure):
    return [f for f in g.subjects(CGKG.describes, thing) if (f, CGKG.measure, measure) in g]


def figure(g, thing, measure, number=None):
    found = figures(g, thing, measure)
    if number is not None:
        found = [f for f in found if int(value(g, f, SCHEMA.value)) == number]
    assert len(found) == 1, f"expected one {measure} figure of {thing} (value {number}), found {found}"
    return found[0]


def ancestors(g, place):
    seen, todo = set(), [place]
    while todo:
        for parent in g.objects(todo.pop(), CGKG.locatedIn):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def functions(g, actor):
    return set(g.objects(actor, CGKG.providesFunction))


def value_in(g, thing, predicate, lang):
    (found,) = [o for o in g.objects(thing, predicate) if getattr(o, "language", None) == lang]
    return found


def notes(g, thing):
    return " ".join(str(n) for n in g.objects(thing, SKOS.editorialNote))


def quotes(g, thing):
    """The quotes of the passages a thing cites."""
    return [str(q) for p in g.objects(thing, CGKG.evidence) for q in g.objects(p, OA.exact)]


def quoted(g, thing, phrase):
    return any(phrase in q for q in quotes(g, thing))


def years(g, thing):
    """(year, fromYear, toYear) of a thing, each an int or None."""
    found = []
    for p in (CGKG.year, CGKG.fromYear, CGKG.toYear):
        values = [int(v) for v in g.objects(thing, p)]
        assert len(values) <= 1, (thing, p, values)
        found.append(values[0] if values else None)
    return tuple(found)


# ---------------------------------------------------------------------------
# (一) The division-of-labour governance spectrum
# ---------------------------------------------------------------------------


def test_market_competition_subtype(g):
    # "在宁波服装、桐乡化纤、富阳光通讯等产业链较短,企业较为独立的地方产业内部,...形成了以市场竞争为主的治理格局。"
    for name in ("宁波服装", "桐乡化纤", "富阳光通讯"):
        assert modes(g, zh(g, name, CGKG.IndustrialCluster)) == {MODE["market-competition"]}, name


def test_industry_market_interaction_subtype(g):
    # "义乌小商品、海宁皮革、南浔木业、织里童装等产业集群则构成了特色产业与专业市场互动的治理格局"
    for name in ("义乌小商品", "海宁皮革", "南浔木业", "织里童装"):
        assert modes(g, zh(g, name, CGKG.IndustrialCluster)) == {MODE["industry-market-interaction"]}, name
    # The IRIs the Italian curator relies on.
    assert modes(g, CLU["yiwu-small-commodities"]) == {MODE["industry-market-interaction"]}
    # "在义乌小商品市场等专业市场,..." - the market serves the cluster
    assert (AG["yiwu-small-commodities-market"], RDF.type, CGKG.ProfessionalMarket) in g
    assert (AG["yiwu-small-commodities-market"], CGKG.governs, CLU["yiwu-small-commodities"]) in g


def test_specialised_division_network_subtype(g):
    # "苍南金乡徽章、桐庐分水制笔、诸暨大唐袜业等集群内部产业链较长,专业化分工较为发达,...构成了市场型产业集群的又一亚类型。"
    for name in ("苍南金乡徽章", "桐庐分水制笔", "诸暨大唐袜业"):
        assert modes(g, zh(g, name, CGKG.IndustrialCluster)) == {MODE["specialised-division-network"]}, name


def test_jinxiang_badge_cluster_figures_and_place(g):
    jinxiang = zh(g, "苍南金乡徽章", CGKG.IndustrialCluster)
    # "形成了由参与各道工序的800多家企业集合而成的网络型生产体系。"
    firms = figure(g, jinxiang, MEASURE.firms, 800)
    assert value(g, firms, CGKG.bound) == BOUND["more-than"]
    # "包括设计、熔铝、写字、刻模、晒板、打锤、钻孔、镀黄、点漆、制针、打码、装配、包装等十几道工序。"
    processes = figure(g, jinxiang, MEASURE.processes, 10)
    assert value(g, processes, CGKG.bound) == BOUND["more-than"]
    note = " ".join(str(n) for n in g.objects(jinxiang, SKOS.editorialNote))
    for step in ("设计", "熔铝", "写字", "刻模", "晒板", "打锤", "钻孔", "镀黄", "点漆", "制针", "打码", "装配", "包装"):
        assert step in note, step
    # "以苍南金乡徽章生产为例" - the town Jinxiang in Cangnan, in Zhejiang, in China
    town = value(g, jinxiang, CGKG.locatedIn)
    assert town == PL.jinxiang and (town, RDF.type, CGKG.Town) in g
    assert {PL.cangnan, PL.zhejiang, PL.china} <= ancestors(g, town)


def test_virtual_enterprises(g):
    # "温州美特斯邦威、宁波博洋家纺等虚拟企业主要通过品牌、设计与长期合同,影响周边地区的供应商。"
    for firm, place, printed in (("美特斯邦威", PL.wenzhou, "温州美特斯邦威"), ("博洋家纺", PL.ningbo, "宁波博洋家纺")):
        firm_node = zh(g, firm, CGKG.Firm)
        assert value(g, firm_node, CGKG.locatedIn) == place
        # The name as printed, with its place, is a visible label.
        assert Literal(printed, lang="zh") in set(g.objects(firm_node, SKOS.altLabel)), firm
        assert URIRef(ID + "passage/zj-virtual-enterprises") in set(g.objects(firm_node, CGKG.evidence)), firm
    # Boyang's supplier network is a led system: its industry (家纺) is in the firm's name.
    boyang = zh(g, "博洋家纺", CGKG.Firm)
    (lead,) = [l for l in g.subjects(CGKG.leadFirm, boyang) if (l, RDF.type, CGKG.Leadership) in g]
    assert set(g.objects(lead, CGKG.means)) == {MEANS["brand-design-contracts"]}
    assert modes(g, value(g, lead, CGKG.ledSystem)) == {MODE["leader-virtual-enterprise"]}
    # "…宁波博洋家纺等虚拟企业…": Boyang is called a virtual enterprise, as Meters/bonwe is.
    assert Literal("虚拟企业", lang="zh") in set(g.objects(boyang, CGKG.roleText))
    # The network's place and sector are readings (the text says only "周边地区的供应商", and gives the
    # industry only in the firm's name, 家纺): the cluster's note must say so.
    network = value(g, lead, CGKG.ledSystem)
    assert network == CLU["ningbo-home-textiles"]
    network_note = notes(g, network)
    for quoted in ("宁波博洋家纺", "周边地区", "家纺", "pl:ningbo", "readings"):
        assert quoted in network_note, quoted
    # The text names no industry for 美特斯邦威: no sector, no led cluster, and no virtual-enterprise
    # classification of any Wenzhou clothing cluster (温州服装 is printed nowhere).
    metersbonwe = zh(g, "美特斯邦威", CGKG.Firm)
    assert Literal("虚拟企业", lang="zh") in set(g.objects(metersbonwe, CGKG.roleText))
    assert not list(g.objects(metersbonwe, CGKG.sector))
    assert not list(g.subjects(CGKG.leadFirm, metersbonwe))
    assert MODE["leader-virtual-enterprise"] not in modes(g, CLU["wenzhou-clothing"])
    # The Wenzhou clothing cluster rests on "服装商会(1994年)" alone, which governs it.
    assert set(g.objects(CLU["wenzhou-clothing"], CGKG.evidence)) == {URIRef(ID + "passage/zj-wenzhou-chambers-gsl")}
    assert (zh(g, "温州市服装商会", CGKG.ChamberOfCommerce), CGKG.governs, CLU["wenzhou-clothing"]) in g


def test_procurement_leader_of_wenling(g):
    # "温岭的钱江摩托通过零配件采购,带动了温岭汽摩配产业的发展。"
    cluster = zh(g, "温岭汽摩配", CGKG.IndustrialCluster)
    lead = leadership(g, zh(g, "钱江摩托", CGKG.Firm), cluster)
    assert set(g.objects(lead, CGKG.means)) == {MEANS.procurement}
    assert modes(g, cluster) == {MODE["leader-procurement"]}


def test_equity_leader_type_of_pinghu_and_its_unpaired_lead_firm(g):
    # "在柳市低压电器、平湖光机电等产业集群内部,正泰、德力西、日本芝浦等龙头企业往往通过各种股权关系,支配相关企业的生产运营。"
    # The clusters and the firms are two lists: the text does not say which firm leads which cluster.
    pinghu = zh(g, "平湖光机电", CGKG.IndustrialCluster)
    shibaura = zh(g, "日本芝浦", CGKG.Firm)
    assert modes(g, pinghu) == {MODE["leader-equity"]}
    assert value(g, shibaura, CGKG.country) == PL.japan
    assert Literal("龙头企业", lang="zh") in set(g.objects(shibaura, CGKG.roleText))
    assert not list(g.subjects(CGKG.leadFirm, shibaura)) and not list(g.objects(shibaura, CGKG.sector))


def test_the_lead_firms_of_shangyu_are_not_paired_with_its_clusters(g):
    # "在上虞风机、电光源等产业集群,…上风高科、阳光集团等龙头企业凭借着技术与管理的优势,通过不断衍生新的企业,指导整个产业集群的发展方向。"
    for name in ("上风高科", "阳光集团"):
        firm = zh(g, name, CGKG.Firm)
        assert value(g, firm, CGKG.locatedIn) == PL.shangyu
        assert Literal("龙头企业", lang="zh") in set(g.objects(firm, CGKG.roleText))
        assert not list(g.subjects(CGKG.leadFirm, firm)) and not list(g.objects(firm, CGKG.sector))
    for name in ("上虞风机", "上虞电光源"):
        assert modes(g, zh(g, name, CGKG.IndustrialCluster)) == {MODE["leader-spin-off"]}


def test_every_zhejiang_cluster_is_placed_in_zhejiang_with_a_sector(g):
    # Rule: each cluster has its place in a hierarchy up to Zhejiang and China, a sector and a country.
    clusters = set(g.subjects(RDF.type, CGKG.IndustrialCluster))
    assert len(clusters) >= 50
    for cluster in clusters:
        assert value(g, cluster, CGKG.country) == PL.china, cluster
        assert list(g.objects(cluster, CGKG.sector)), cluster
        reached = set()
        for place in g.objects(cluster, CGKG.locatedIn):
            reached |= {place} | ancestors(g, place)
        assert {PL.zhejiang, PL.china} <= reached, cluster


# ---------------------------------------------------------------------------
# (二) Institutional limits
# ---------------------------------------------------------------------------


def test_anti_dumping_since_2001(g):
    # "2001年以来,温州眼镜、打火机、鞋业等产业集群多次遭受国外的反倾销调查。"
    for cluster in (CLU["wenzhou-eyewear"], CLU["wenzhou-smoking-articles"], CLU["wenzhou-footwear"]):
        found = incidence(g, cluster, PROBLEM["anti-dumping"])
        assert int(value(g, found, CGKG.fromYear)) == 2001
    assert zh(g, "温州眼镜") == CLU["wenzhou-eyewear"]
    assert zh(g, "温州打火机") == CLU["wenzhou-smoking-articles"]
    assert zh(g, "温州鞋业") == CLU["wenzhou-footwear"]


def test_china_joins_the_wto_in_2001(g):
    # "2001年我国加入W T O" (printed with OCR spacing)
    wto = zh(g, "WTO", CGKG.InternationalOrganisation)
    (accession,) = [e for e in g.subjects(CGKG.concerns, wto) if (e, RDF.type, CGKG.Event) in g]
    assert year(g, accession) == 2001
    # A raw scanned form has no language tag, as "CA T AS" and "IC E" have none (data guide, rule 4).
    assert (wto, SKOS.hiddenLabel, Literal("W T O")) in g


def test_lemons_theory_people(g):
    # "仇保兴运用乔治·阿克洛夫提出的“柠檬市场”理论分析了..."
    for name in ("仇保兴", "乔治·阿克洛夫"):
        assert (zh(g, name), RDF.type, CGKG.Person) in g


def test_liushi_quality_crisis_prompts_the_1990_notice(g):
    # "但是,好景不长,一些企业又开始利用回收“废、次、旧、假”材料制造低压电器,造成巨大的安全隐患。
    #  1990年5月30日国务院办公厅又转发了…的通知,要求整顿柳市低压电器产业。"
    crisis = zh(g, "20世纪90年代初柳市区域性质量危机", CGKG.Crisis)
    notice = next(n for n in g.subjects(CGKG.causedBy, crisis) if (n, RDF.type, CGKG.Policy) in g)
    assert str(value(g, notice, DCT.date)) == "1990-05-30"
    # "温州柳市低压电器产业在发展过程中,曾一再发生区域性质量问题。": the incidence spans both of its crises.
    liushi = incidence(g, CLU["liushi-low-voltage-electrical"], PROBLEM["regional-quality"])
    assert crisis in set(g.objects(liushi, CGKG.manifestedIn))
    assert int(value(g, liushi, CGKG.toYear)) >= int(value(g, crisis, CGKG.toYear))


def test_liushi_first_rectification_foundings(g):
    # "面对第一次区域性产品质量问题,当地政府通过建立电器总厂和电器产品检测中心,明确产品质量标准,..."
    government = AG["liushi-local-government"]
    for name, cls in (("电器总厂", CGKG.Firm), ("电器产品检测中心", CGKG.TestingCentre)):
        body = zh(g, name, cls)
        event = founding(g, body)
        assert value(g, event, CGKG.founder) == government, name
        # 建立 (set up) says nothing of the year, nor of ownership or investment.
        assert not list(g.objects(event, CGKG.year)), name
        assert (body, CGKG.ownedBy, government) not in g, name
        assert not list(g.objects(body, CGKG.ownedBy)), name
        # The notes agree with the undated rectification: no start year is read into it.
        assert "starting in 1984" not in notes(g, event), name
        assert "July 1984" in notes(g, event) and "1990" in notes(g, event), name
    # The rectification is told after "《人民日报》于1984年7月…" and before "1990年5月30日…又…要求整顿", undated:
    # only its latest year is recorded.
    rectification = zh(g, "柳市低压电器第一次质量整顿", CGKG.Rectification)
    assert years(g, rectification) == (None, None, 1990)


def test_liushi_first_shop_1977(g):
    # "从1977年上半年第一家低压电器门市部开始": a year and a half-year, no month or day.
    shop = EV["liushi-first-shop-1977"]
    assert year(g, shop) == 1977
    assert value(g, shop, CGKG.periodNote) == Literal("1977年上半年", lang="zh")
    # dct:date is only for a month or a day, which the text does not give.
    assert not list(g.objects(shop, DCT.date))


def test_coal_ministry_directive_is_not_dated(g):
    # "《人民日报》于1984年7月发表……的批评文章。煤炭部也下发文件,通令所属企业不准购买柳市电器产品": the
    # article is dated, the directive is not, so no statement or note of the graph gives it a year.
    directive = INS["coal-ministry-liushi-ban"]
    assert not any(
        (directive, p, None) in g for p in (CGKG.year, CGKG.fromYear, CGKG.toYear, DCT.date, DCT.issued)
    )
    notes = [str(n) for s, n in g.subject_objects(SKOS.editorialNote) if "Ministry of Coal Industry" in str(n)]
    assert notes and not any("1984 directive" in n or "directive of 1984" in n for n in notes)


def test_coal_ministry_directive_has_both_demands(g):
    # "煤炭部也下发文件,通令所属企业不准购买柳市电器产品,并要求柳市区停止生产销售不合格矿灯。"
    ministry = zh(g, "煤炭部", CGKG.GovernmentBody)
    (directive,) = [d for d in g.subjects(CGKG.issuedBy, ministry) if (d, RDF.type, CGKG.Policy) in g]
    text = str(value(g, directive, DCT.description))
    assert "不准购买柳市电器产品" in text
    assert "停止生产销售不合格矿灯" in text


def test_yueqing_report_is_not_dated_by_the_text(g):
    # "1990年5月30日国务院办公厅又转发了国家技术监督局等部门《关于温州市乐清县生产和销售无证、伪劣产品的调查情况及处理建议》的通知"
    # Only the forwarding notice is dated; the report was written no later than it.
    report = zh(g, "关于温州市乐清县生产和销售无证、伪劣产品的调查情况及处理建议", CGKG.Policy)
    assert not list(g.objects(report, CGKG.year))
    assert int(value(g, report, CGKG.toYear)) == 1990
    notice = zh(g, "国务院办公厅转发《关于温州市乐清县生产和销售无证、伪劣产品的调查情况及处理建议》的通知", CGKG.Policy)
    assert value(g, notice, DCT.date) == Literal("1990-05-30", datatype=XSD_DATE)
    # The notice forwards (转发) the report.
    assert (notice, CGKG.causedBy, report) in g


def test_liushi_workshops_became_units_of_chint_and_delixi(g):
    # "不少没有许可证的小企业小作坊,…以企业资产折价入股的名义加入正泰、德力西,成为正泰、德力西的车间或分厂,
    #  使用正泰、德力西的品牌和许可证,但各个企业拥有独立的产权"
    workshops = AG["liushi-unlicensed-workshops"]
    joined = {value(g, m, ORG.organization) for m in g.subjects(ORG.member, workshops)
              if value(g, m, ORG.role) == ROLE.constituent}
    assert joined == {AG.chint, AG.delixi}
    # Independent property rights: no ownership and no parent organisation.
    assert not list(g.objects(workshops, CGKG.ownedBy)) and not list(g.objects(workshops, ORG.subOrganizationOf))


def test_the_production_licence_gives_its_holders_no_licensing_power(g):
    # "政府采取许可生产的方式,提高了低压电器行业的进入门槛" … "正泰、德力西等拥有许可证的企业": they hold a
    # licence to produce; licensing is the government's.
    licence = INS["liushi-production-licensing"]
    assert set(g.objects(licence, CGKG.holder)) == {AG.chint, AG.delixi}
    assert not list(g.objects(licence, CGKG.grantsFunction))
    # "在20世纪90年代初的区域性质量危机中,政府采取许可生产的方式": it came in during the crisis of the early 1990s.
    crisis = zh(g, "20世纪90年代初柳市区域性质量危机", CGKG.Crisis)
    assert years(g, licence) == years(g, crisis) == (None, 1990, 1993)


def test_liushi_work_group_1990(g):
    # "国家七部局联合省、市、县组成工作组,在柳市蹲点,历时5个月之久。"
    group = zh(g, "柳市整顿工作组", CGKG.AdHocBody)
    levels = {
        "省": AG["zhejiang-provincial-government"],
        "市": AG["wenzhou-municipal-government"],
        "县": AG["yueqing-county-government"],
    }
    for printed, body in levels.items():
        (membership,) = [
            m for m in g.subjects(ORG.member, body) if (m, ORG.organization, group) in g
        ]
        assert (membership, ORG.role, ROLE.constituent) in g
        # The text names none of the three levels: each membership documents the reading.
        assert list(g.objects(membership, SKOS.editorialNote)), printed
        # The printed level is kept on each body, in the same way.
        assert Literal(printed, lang="zh") in set(g.objects(body, SKOS.hiddenLabel)), printed
    assert figure(g, zh(g, "1990年柳市低压电器整顿", CGKG.Rectification), MEASURE.duration, 5)
    # 国家七部局: the text gives the number of the ministries and bureaus, not their names.
    ministries = zh(g, "国家七部局", CGKG.ActorGroup)
    assert value(g, figure(g, ministries, MEASURE.organisations, 7), CGKG.bound) == BOUND.exact


def test_wenzhou_municipal_government_cites_its_passages(g):
    # "经温州市政府授权,温州烟具协会可行使..." prints its name; "1999年,温州市出台了全国第一个行业协会管理办法"
    # is read as its measures; "国家七部局联合省、市、县组成工作组" as its work-group membership.
    government = zh(g, "温州市政府", CGKG.GovernmentBody)
    assert government == AG["wenzhou-municipal-government"]
    cited = set(g.objects(government, CGKG.evidence))
    for slug in ("zj-smoking-authorisation", "zj-wenzhou-measures-1999", "zj-liushi-work-group"):
        assert URIRef(ID + "passage/" + slug) in cited, slug
    # "1999年,温州市出台了…": the city as printed finds its government, as a hidden, printed label.
    city = Literal("温州市", lang="zh")
    assert (government, SKOS.hiddenLabel, city) in g and (government, CGKG.printedLabel, city) in g
    assert value(g, INS["wenzhou-industry-association-measures-1999"], CGKG.issuedBy) == government


def test_zhejiang_provincial_government_names(g, source_texts):
    government = AG["zhejiang-provincial-government"]
    cited = set(g.objects(government, CGKG.evidence))
    # "2006年,浙江省出台《关于推进行业协会改革与发展的若干意见》(浙政发〔2006〕57号)": the province as printed is
    # read as its government, the issuer of the opinions.
    opinions = zh(g, "关于推进行业协会改革与发展的若干意见", CGKG.Policy)
    assert value(g, opinions, CGKG.issuedBy) == government
    assert PSG["zj-opinions-2006"] in cited
    province = Literal("浙江省", lang="zh")
    assert (government, SKOS.hiddenLabel, province) in g and (government, CGKG.printedLabel, province) in g
    # Italian-lessons text: "经济与社会的转型都需要浙江政府与企业及其他社会机构紧密合作": 浙江政府 is a visible name of
    # the provincial government (not of all Zhejiang's governments, which that text calls 全省各级政府).
    italian = source_texts["000_58c46d594770bc4a.txt"]
    assert "经济与社会的转型都需要浙江政府与企业及其他社会机构紧密合作" in italian and "全省各级政府" in italian
    assert PSG["it-zj-government-cooperate"] in cited
    form = Literal("浙江政府", lang="zh")
    assert (government, SKOS.altLabel, form) in g and (government, CGKG.printedLabel, form) in g
    assert "全省各级政府" in notes(g, government)


def test_other_regional_quality_problems(g):
    # "温州鞋业、温岭水泵,永康电动工具、衡器,路桥喷雾器等产业集群也先后出现过区域性质量问题"
    for name in ("温州鞋业", "温岭水泵", "永康电动工具", "永康衡器", "路桥喷雾器"):
        incidence(g, zh(g, name, CGKG.IndustrialCluster), PROBLEM["regional-quality"])
    assert value(g, CLU["yongkang-weighing-apparatus"], CGKG.locatedIn) == PL.yongkang


def test_blocks_and_national_base_titles_2004(g):
    # "据浙江省委政策研究室统计,2004年底,在全省75个年产值10亿元以上区块中,共获得84个全国性生产基地称号。"
    blocks = figure(g, PL.zhejiang, MEASURE.districts, 75)
    titles = figure(g, PL.zhejiang, MEASURE.titles, 84)
    threshold = figure(g, PL.zhejiang, MEASURE["output-threshold"], 1_000_000_000)
    assert year(g, blocks) == year(g, titles) == year(g, threshold) == 2004
    # 2004年底 (the end of 2004) is when all three were counted.
    for fact in (blocks, titles, threshold):
        assert {str(p) for p in g.objects(fact, CGKG.periodNote)} == {"2004年底"}
    office = zh(g, "浙江省委政策研究室", CGKG.GovernmentBody)
    # The statistics are the office's (据…统计): each of the three figures is reported by it.
    for fact in (blocks, titles, threshold):
        assert value(g, fact, CGKG.reportedBy) == office


def test_jinhua_ham_brand_protection_2002(g):
    # "如拥有千年历史的“金华火腿”在2002年成为国家质检总局原产地保护产品。"
    aqsiq = zh(g, "国家质检总局", CGKG.GovernmentBody)
    protections = [i for i in g.subjects(CGKG.issuedBy, aqsiq) if (i, CGKG.concerns, CLU["jinhua-ham"]) in g]
    assert len(protections) == 1 and year(g, protections[0]) == 2002
    brand = zh(g, "金华火腿", CGKG.Brand)
    assert figure(g, brand, MEASURE.age, 1000)


def test_jinhua_ham_cctv_report_2003(g):
    # "2003年11月16日,中央电视台《每周质量报告》报道了金华市永泰、旭春两家火腿厂,..."
    programme = zh(g, "每周质量报告", CGKG.MediaOutlet)
    assert value(g, programme, ORG.subOrganizationOf) == zh(g, "中央电视台", CGKG.MediaOutlet)
    reports = [e for e in g.subjects(CGKG.participant, programme) if (e, RDF.type, CGKG.MediaReport) in g]
    assert len(reports) == 1
    assert value(g, reports[0], DCT.date) == Literal("2003-11-16", datatype=XSD_DATE)
    # "导致“金华火腿”区域品牌名声扫地" - free-riding on the regional brand, shown in the report and the scandal
    free_riding = incidence(g, CLU["jinhua-ham"], PROBLEM["regional-brand-free-riding"])
    shown = set(g.objects(free_riding, CGKG.manifestedIn))
    assert reports[0] in shown
    factories = {zh(g, "永泰火腿厂", CGKG.Firm), zh(g, "旭春火腿厂", CGKG.Firm)}
    assert any(factories <= set(g.objects(e, CGKG.participant)) for e in shown)
    # The text dates the report, not the fraud: the free-riding happened by 2003, as the scandal did.
    scandal = next(e for e in shown if e != reports[0])
    assert years(g, free_riding) == years(g, scandal) == (None, None, 2003)


def test_811_programme(g):
    # "2004年10月,浙江省推出了涵盖全省八大水系、11个地市和11个重点监管区的“811”环境污染整治3年行动"
    programme = zh(g, "“811”环境污染整治3年行动", CGKG.Programme)
    assert value(g, programme, DCT.date) == Literal("2004-10", datatype=XSD_GYEARMONTH)
    assert value(g, programme, CGKG.issuedBy) == AG["zhejiang-provincial-government"]
    assert figure(g, programme, MEASURE["water-systems"], 8)
    assert figure(g, programme, MEASURE["prefecture-cities"], 11)
    assert figure(g, programme, MEASURE["supervision-zones"], 11)
    assert figure(g, programme, MEASURE.duration, 36)
    # "其中11个重点监管区涉及台州化工、萧山印染、平阳水头制革,长兴蓄电池等产业集群。"
    for name in ("台州化工", "萧山印染", "平阳水头制革", "长兴蓄电池"):
        cluster = zh(g, name, CGKG.IndustrialCluster)
        assert (programme, CGKG.concerns, cluster) in g
        pollution = incidence(g, cluster, PROBLEM.pollution)
        assert programme in set(g.objects(pollution, CGKG.response))
    # The text states the pollution of Taizhou, Xiaoshan and Changxing only through the campaign of
    # October 2004 ("2004年10月…其中11个重点监管区涉及…"): 2004 dates the campaign, so it is only the
    # latest year the pollution can have begun (a toYear alone), as for everything dated by what followed it.
    for name in ("台州化工", "萧山印染", "长兴蓄电池"):
        pollution = incidence(g, zh(g, name, CGKG.IndustrialCluster), PROBLEM.pollution)
        assert years(g, pollution) == (None, None, 2004), name


def test_shuitou_tanning_figures(g):
    shuitou = CLU["shuitou-tanning"]
    # "平阳水头在20世纪90年代集中了1260多家制革企业,平均每天加工猪皮3万多张,从业人员达到8万多人。"
    for measure, number in ((MEASURE.firms, 1260), (MEASURE["hides-per-day"], 30000), (MEASURE.workers, 80000)):
        fig = figure(g, shuitou, measure, number)
        assert value(g, fig, CGKG.bound) == BOUND["more-than"]
        assert int(value(g, fig, CGKG.fromYear)) == 1990
    assert value(g, shuitou, CGKG.locatedIn) == zh(g, "水头镇", CGKG.Town)
    assert PL.pingyang in ancestors(g, PL.shuitou)


def test_aojiang_water_quality(g):
    # "1992年时还属于二类水质的鳌江,到1994年已降到四类,1996年之后水质全面下降到劣五类"
    aojiang = zh(g, "鳌江", CGKG.GeographicArea)
    assert year(g, figure(g, aojiang, MEASURE["water-quality-class"], 2)) == 1992
    assert year(g, figure(g, aojiang, MEASURE["water-quality-class"], 4)) == 1994
    # 劣五类 is worse than class V: more than 5, not a class VI the text does not print.
    worse = figure(g, aojiang, MEASURE["water-quality-class"], 5)
    assert int(value(g, worse, CGKG.fromYear)) == 1996
    assert value(g, worse, CGKG.bound) == BOUND["more-than"]
    assert all(int(value(g, f, SCHEMA.value)) <= 5 for f in figures(g, aojiang, MEASURE["water-quality-class"]))


def test_shuitou_listed_in_2003(g):
    # "2003年9月和10月,水头镇分别被列为全国十大环境违法典型案件和浙江省严重污染环境九大案件之一。"
    shown = set(g.objects(incidence(g, CLU["shuitou-tanning"], PROBLEM.pollution), CGKG.manifestedIn))
    dates = {str(d) for e in shown for d in g.objects(e, DCT.date)}
    assert {"2003-09", "2003-10"} <= dates
    # 十大 and 九大: the sizes of the two lists are numbers the text gives.
    national = zh(g, "水头镇被列为全国十大环境违法典型案件", CGKG.Crisis)
    provincial = zh(g, "水头镇被列为浙江省严重污染环境九大案件之一", CGKG.Crisis)
    assert year(g, figure(g, national, MEASURE["listed-cases"], 10)) == 2003
    assert year(g, figure(g, provincial, MEASURE["listed-cases"], 9)) == 2003


def test_labour_shortages(g):
    # "近年来,织里童装、海宁皮革、慈溪家电、永康五金等浙江产业集群频频遭受“民工荒”、“技工荒”的困扰"
    for name in ("织里童装", "海宁皮革", "慈溪家电", "永康五金"):
        incidence(g, zh(g, name, CGKG.IndustrialCluster), PROBLEM["labour-disorder"])


def test_yinzhou_rush_occupational_disease(g):
    rush = zh(g, "鄞州蔺草制品", CGKG.IndustrialCluster)
    # "如宁波鄞州区出口日本的蔺草制品由于在生产过程中会产生粉尘,长期工作容易导致尘肺病。"
    incidence(g, rush, PROBLEM["occupational-disease"])
    assert value(g, PL.yinzhou, CGKG.locatedIn) == PL.ningbo
    # "目前,当地有608家企业申报了职业病危害,接触职业病危害因素的职工达到1畅7万余名。"
    assert value(g, figure(g, rush, MEASURE["firms-declaring-hazards"], 608), CGKG.bound) == BOUND.exact
    exposed = figure(g, rush, MEASURE["exposed-workers"], 17000)
    assert value(g, exposed, CGKG.bound) == BOUND["more-than"]
    # The raw scanned form, like "Tod摧s" and "CA T AS", carries no language tag (data guide, rule 4).
    assert Literal("1畅7万") in set(g.objects(exposed, SKOS.hiddenLabel))


def test_tin_foil_and_general_occupational_risks(g):
    # "绍兴、兰溪、浦江等地的锡箔产业,由于在生产过程中经常要接触到铅粉,对工人及其小孩的身体健康也有很大的危害。"
    for place in (PL.shaoxing, PL.lanxi, PL.pujiang):
        tin = [c for c in g.subjects(CGKG.locatedIn, place) if (c, CGKG.sector, URIRef(ID + "sector/tin-foil")) in g]
        assert len(tin) == 1, place
        incidence(g, tin[0], PROBLEM["occupational-disease"])
    # "蓄电池、电镀等产业如果防治不力,都有可能导致职业病。" - recorded on the sectors, naming no cluster
    for sector in ("storage-batteries", "electroplating"):
        assert (URIRef(ID + "sector/" + sector), CGKG.evidence, PSG["zj-batteries-electroplating"]) in g, sector


def test_fires_since_2000(g):
    # "2000年以来,湖州织里、上虞汤浦童装、平阳皮革制品、温岭横峰鞋业、温州鹿城烟具等产业集群先后发生重特大火灾事故"
    for cluster in (
        CLU["zhili-childrens-clothing"],
        zh(g, "上虞汤浦童装", CGKG.IndustrialCluster),
        zh(g, "平阳皮革制品", CGKG.IndustrialCluster),
        zh(g, "温岭横峰鞋业", CGKG.IndustrialCluster),
        CLU["wenzhou-smoking-articles"],
    ):
        fire = incidence(g, cluster, PROBLEM["fire-safety"])
        assert int(value(g, fire, CGKG.fromYear)) == 2000
        (event,) = g.objects(fire, CGKG.manifestedIn)
        assert (event, RDF.type, CGKG.Crisis) in g and int(value(g, event, CGKG.fromYear)) == 2000
    assert PL.huzhou in ancestors(g, PL.zhili)
    assert PL.shangyu in ancestors(g, PL.tangpu) and PL.wenling in ancestors(g, PL.hengfeng)


def test_cross_regional_clusters(g):
    # "如嘉兴的羊毛衫产业就分布在桐乡濮院与秀洲洪合两地。"
    sweaters = zh(g, "嘉兴羊毛衫", CGKG.IndustrialCluster)
    assert set(g.objects(sweaters, CGKG.locatedIn)) == {PL.puyuan, PL.honghe}
    assert PL.jiaxing in ancestors(g, PL.puyuan) & ancestors(g, PL.honghe)
    # "浙北的家纺产业则分布在海宁许村、桐乡大麻与余杭等地。"
    textiles = zh(g, "浙北家纺", CGKG.IndustrialCluster)
    assert {PL.xucun, PL.dama, PL.yuhang} <= set(g.objects(textiles, CGKG.locatedIn))
    # "温州的皮革鞋业集群则涉及鹿城、永嘉、瓯海、龙湾及丽水的青田等地。" - one node with 温州鞋业
    shoes = CLU["wenzhou-footwear"]
    assert Literal("温州的皮革鞋业集群", lang="zh") in set(g.objects(shoes, SKOS.altLabel))
    assert {PL.lucheng, PL.yongjia, PL.ouhai, PL.longwan, PL.qingtian} <= set(g.objects(shoes, CGKG.locatedIn))
    assert value(g, PL.qingtian, CGKG.locatedIn) == PL.lishui
    for cluster in (sweaters, textiles, shoes):
        incidence(g, cluster, PROBLEM["cross-regional-fragmentation"])


# ---------------------------------------------------------------------------
# (三) Governance and institutional innovation
# ---------------------------------------------------------------------------


def test_planned_economy_and_early_reform(g):
    # "在计划经济时期,...工商联与工会成为政治团体,缺乏行业特色。"
    assert (zh(g, "工商联"), RDF.type, CGKG.BusinessFederation) in g
    assert (zh(g, "工会"), RDF.type, CGKG.TradeUnion) in g
    # "浙江各地先后出现了“挂户经营”、“戴红帽子”等举措,降低创业风险与进入壁垒"
    for name in ("挂户经营", "戴红帽子"):
        assert (zh(g, name), RDF.type, CGKG.Instrument) in g


def test_provincial_bodies_of_the_1980s(g):
    # "20世纪80年代,浙江省企业联合会、浙江省企业家协会、浙江省个体劳动者协会、浙江省消费者协会等民间组织先后成立。"
    for name in ("浙江省企业联合会", "浙江省企业家协会", "浙江省个体劳动者协会", "浙江省消费者协会"):
        event = founding(g, zh(g, name, CGKG.Association))
        assert (int(value(g, event, CGKG.fromYear)), int(value(g, event, CGKG.toYear))) == (1980, 1989), name
        assert not list(g.objects(event, CGKG.year)), f"{name}: the text gives no exact year"


def test_lucheng_shoe_association_1988(g):
    # "在当地政府的推动下,1988年6月半官方性质的温州市鹿城区鞋业协会宣告成立,
    #  鞋业协会与鹿城区鞋业质量整顿管理办公室合署办公,鹿城区所有鞋类企业都加入协会。"
    association = zh(g, "温州市鹿城区鞋业协会", CGKG.IndustryAssociation)
    event = founding(g, association)
    assert value(g, event, DCT.date) == Literal("1988-06", datatype=XSD_GYEARMONTH)
    assert year(g, event) == 1988
    assert (value(g, event, CGKG.initiator), RDF.type, CGKG.GovernmentBody) in g
    assert (association, CGKG.colocatedWith, zh(g, "鹿城区鞋业质量整顿管理办公室", CGKG.AdHocBody)) in g
    members = {value(g, m, ORG.member) for m in g.subjects(ORG.organization, association)}
    assert zh(g, "鹿城区所有鞋类企业", CGKG.ActorGroup) in members
    assert (association, CGKG.governs, CLU["wenzhou-footwear"]) in g
    # "在授牌仪式上,协会联合370多位鞋厂厂长发出倡议:“凡我鞋业同仁,...不赚昧心钱。”"
    (pledge,) = [p for p in g.subjects(CGKG.issuedBy, association) if (p, RDF.type, CGKG.Pledge) in g]
    assert "不赚昧心钱" in str(value(g, pledge, DCT.description))
    directors = figure(g, pledge, MEASURE.participants, 370)
    assert value(g, directors, CGKG.bound) == BOUND["more-than"]


def test_wenzhou_smoking_articles_association_1991(g):
    # "1991年在先前由政府主导成立的鹿城区打火机整顿办公室的基础上成立了温州烟具行业协会。"
    association = zh(g, "温州烟具行业协会", CGKG.IndustryAssociation)
    assert association == AG["wenzhou-smoking-articles-association"]
    event = founding(g, association)
    assert year(g, event) == 1991
    office = zh(g, "鹿城区打火机整顿办公室", CGKG.AdHocBody)
    assert value(g, event, ORG.originalOrganization) == office
    # 先前: the office was set up before the association, so by 1991 at the latest.
    assert int(value(g, founding(g, office), CGKG.toYear)) == 1991
    # "后成立的温州锁具、剃须刀等行业协会也纷纷推出《行业维权公约》": the lock association came later.
    assert int(value(g, founding(g, AG["wenzhou-locks-association"]), CGKG.fromYear)) == 1991
    # "温州打火机产业在20世纪80年代中后期也出现了一些企业偷工减料,粗制滥造,互相杀价,产品仿冒之风盛行。"
    for problem in (PROBLEM["regional-quality"], PROBLEM["over-competition"], PROBLEM.imitation):
        late_1980s = [i for i in incidences(g, CLU["wenzhou-smoking-articles"], problem) if (i, CGKG.toYear, None) in g]
        assert len(late_1980s) == 1 and int(value(g, late_1980s[0], CGKG.toYear)) == 1989, problem


def test_smoking_association_authorised_with_four_powers(g):
    # "经温州市政府授权,温州烟具协会可行使同业企业开业登记初审、产品质量监督检测、同行议价制约、新型产品维护权等权利。"
    association = AG["wenzhou-smoking-articles-association"]
    (licence,) = [l for l in g.subjects(CGKG.holder, association) if (l, RDF.type, CGKG.Licence) in g]
    assert value(g, licence, CGKG.issuedBy) == AG["wenzhou-municipal-government"]
    granted = set(g.objects(licence, CGKG.grantsFunction))
    assert granted == {
        FUNCTION["entry-vetting"],
        FUNCTION["quality-supervision"],
        FUNCTION["price-coordination"],
        FUNCTION["new-product-protection"],
    }
    assert granted <= functions(g, association)


def test_smoking_association_convention(g):
    # "温州市烟具协会成立后不久就出台了《行业维权公约》,规定“...将对侵权产品的模具和专用夹具予以就地销毁,仿冒的产品和专用零配件给予没收”。"
    association = AG["wenzhou-smoking-articles-association"]
    (convention,) = [c for c in g.subjects(CGKG.issuedBy, association) if (c, RDF.type, CGKG.Convention) in g]
    assert "就地销毁" in str(value(g, convention, DCT.description))
    assert int(value(g, convention, CGKG.fromYear)) == 1991


def test_chambers_promoted_by_the_wenzhou_federation(g):
    # "温州市工商联...先后推动成立了五金商会(1993年)、服装商会(1994年)、灯具商会(1994年)、眼镜商会(1994年)"
    federation = zh(g, "温州市工商联", CGKG.BusinessFederation)
    expected = {"温州市五金商会": 1993, "温州市服装商会": 1994, "温州市灯具商会": 1994, "温州市眼镜商会": 1994}
    for name, founded in expected.items():
        chamber = zh(g, name, CGKG.ChamberOfCommerce)
        event = founding(g, chamber)
        assert year(g, event) == founded, name
        assert value(g, event, CGKG.initiator) == federation, name
        # The name as printed (五金商会, ...) is a visible label, not a hidden one.
        printed = Literal(name.removeprefix("温州市"), lang="zh")
        assert printed in set(g.objects(chamber, SKOS.altLabel)), name
        assert printed not in set(g.objects(chamber, SKOS.hiddenLabel)), name


def test_printed_names_are_visible_labels(g):
    # Names the text prints without the place prefix of the preferred label:
    # "泵阀工业协会(2000年)"、"拉链商会(2002年)"; "成立无害化处理中心进行集中治污";
    # "长兴县在中小型企业集中的乡镇建立集群职代会"; "升格为省休闲运动车行业协会";
    # "2008年,温州合成革商会还成立了环保工作自查自纠宣传队"
    printed = {
        "温州市泵阀工业协会": "泵阀工业协会",
        "温州市拉链商会": "拉链商会",
        "温州合成革无害化处理中心": "无害化处理中心",
        "长兴县集群职代会": "集群职代会",
        "浙江省休闲运动车行业协会": "省休闲运动车行业协会",
        "温州合成革商会环保工作自查自纠宣传队": "环保工作自查自纠宣传队",
    }
    for name, form in printed.items():
        node = zh(g, name)
        assert Literal(form, lang="zh") in set(g.objects(node, SKOS.altLabel)), name
        assert Literal(form, lang="zh") not in set(g.objects(node, SKOS.hiddenLabel)), name


def test_yiwu_market_associations(g):
    # "义乌市通过大力培育和发展“义乌市个体劳动者协会”(1985年成立)和“义乌市保护名牌产品联合会”(1995年成立)等社会中介组织"
    for name, founded in (("义乌市个体劳动者协会", 1985), ("义乌市保护名牌产品联合会", 1995)):
        association = zh(g, name, CGKG.Association)
        assert year(g, founding(g, association)) == founded
        assert value(g, association, CGKG.locatedIn) == PL.yiwu
    # "在义乌小商品市场等专业市场,...容易引发各种纠纷。"
    disputes = incidence(g, CLU["yiwu-small-commodities"], PROBLEM["trading-disputes"])
    assert zh(g, "义乌市个体劳动者协会") in set(g.objects(disputes, CGKG.response))


def test_national_pilot_1997_and_wenzhou_measures_1999(g):
    # "1997年,国家经贸委在温州进行行业协会试点。"
    setc = zh(g, "国家经贸委", CGKG.GovernmentBody)
    (pilot,) = list(g.subjects(CGKG.participant, setc))
    assert year(g, pilot) == 1997 and value(g, pilot, CGKG.place) == PL.wenzhou
    # "1999年,温州市出台了全国第一个行业协会管理办法,赋予行业协会16项职能。"
    measures = zh(g, "温州市行业协会管理办法", CGKG.Law)
    assert year(g, measures) == 1999
    assert value(g, measures, CGKG.issuedBy) == AG["wenzhou-municipal-government"]
    assert figure(g, measures, MEASURE["functions-granted"], 16)


def test_wenzhou_associations_1999_to_2002(g):
    # "温州市剃须刀行业协会(1999年)、泵阀工业协会(2000年)、合成革商会(2000年)、拉链商会(2002年)等都是在...
    #  出现假冒伪劣、无序竞争、人才无序流动等单个企业难以解决的各种问题时,由政府或代表性企业推动建立的。"
    expected = {
        ("温州市剃须刀行业协会", CLU["wenzhou-razors"]): 1999,
        ("温州市泵阀工业协会", CLU["wenzhou-pumps-and-valves"]): 2000,
        ("温州合成革商会", CLU["wenzhou-synthetic-leather"]): 2000,
        ("温州市拉链商会", CLU["wenzhou-zippers"]): 2002,
    }
    for (name, cluster), founded in expected.items():
        body = zh(g, name)
        assert year(g, founding(g, body)) == founded, name
        assert (body, CGKG.governs, cluster) in g
        for problem in (PROBLEM["regional-quality"], PROBLEM["over-competition"], PROBLEM["labour-disorder"]):
            found = incidence(g, cluster, problem)
            assert body in set(g.objects(found, CGKG.response)), (name, problem)
            # 出现…各种问题时…推动建立的: the problems were there when (时) the body was founded, so its
            # year is the latest they can have begun; the text gives them no year of their own.
            assert years(g, found) == (None, None, founded), (name, problem)


def test_lock_and_razor_conventions(g):
    # "后成立的温州锁具、剃须刀等行业协会也纷纷推出《行业维权公约》,加强行业自律。"
    # The locks association was founded after (后成立的) the smoking-articles association of 1991
    # ("1991年…成立了温州烟具行业协会"); "温州市剃须刀行业协会(1999年)". Each convention is dated from its issuer.
    title = Literal("行业维权公约", lang="zh")
    for name, earliest in (("温州锁具行业协会", 1991), ("温州市剃须刀行业协会", 1999)):
        conventions = [c for c in g.subjects(CGKG.issuedBy, zh(g, name)) if (c, RDF.type, CGKG.Convention) in g]
        assert len(conventions) == 1, name
        assert FUNCTION["self-regulation"] in set(g.objects(conventions[0], CGKG.grantsFunction))
        # 《行业维权公约》 is the title as printed: a visible, printed label.
        assert (conventions[0], SKOS.altLabel, title) in g and (conventions[0], CGKG.printedLabel, title) in g, name
        assert years(g, conventions[0]) == (None, earliest, None), name
        assert str(earliest) in notes(g, conventions[0]), name
    assert year(g, founding(g, zh(g, "温州市剃须刀行业协会"))) == 1999
    # "行业协会《维权公约》的出台,不仅减少了产业集群内企业的相互模仿行为"
    incidence(g, CLU["wenzhou-locks"], PROBLEM.imitation)


def test_synthetic_leather_chamber_environmental_governance(g):
    chamber = zh(g, "温州合成革商会", CGKG.ChamberOfCommerce)
    # "对会员企业提出2006年全面完成生产废水治理工作、残渣统一处置、车间空气达标、全行业停止使用甲苯等行业自律环保要求"
    (requirements,) = [
        c for c in g.subjects(CGKG.issuedBy, chamber) if (c, RDF.type, CGKG.Convention) in g
    ]
    text = str(value(g, requirements, DCT.description))
    assert "2006年" in text and "甲苯" in text
    # "配合环保部门推动会员企业安装DM F(二甲基甲酰胺)回收装置,投资1100万元,成立无害化处理中心进行集中治污。"
    (dmf,) = [p for p in g.subjects(CGKG.issuedBy, chamber) if (p, RDF.type, CGKG.Programme) in g]
    assert Literal("DM F(二甲基甲酰胺)回收装置", lang="zh") in set(g.objects(dmf, SKOS.hiddenLabel))
    centre = zh(g, "温州合成革无害化处理中心", CGKG.TreatmentCentre)
    assert figure(g, centre, MEASURE.investment, 11_000_000)
    # 成立无害化处理中心: the chamber, the subject of the sentence, set the centre up; the text gives no date.
    centre_founding = founding(g, centre)
    assert value(g, centre_founding, CGKG.founder) == chamber
    # Set up (成立) and invested in (投资), but the text says nothing of who owns it.
    assert not list(g.objects(centre, CGKG.ownedBy))
    # "成立于2000年的温州合成革商会,…还配合环保部门推动会员企业安装…,成立无害化处理中心": the chamber's acts, so
    # no earlier than its founding in 2000; the text gives no year of their own.
    assert years(g, centre_founding) == (None, 2000, None)
    assert years(g, dmf) == (None, 2000, None)
    # "…提出2006年全面完成…等行业自律环保要求": 2006 is the deadline the requirements set, not the end of the
    # requirements nor the year they were set, so it is their cgkg:targetYear, not a cgkg:toYear.
    assert years(g, requirements) == (None, 2000, None)
    assert int(value(g, requirements, CGKG.targetYear)) == 2006
    assert year(g, founding(g, chamber)) == 2000
    # "2008年,温州合成革商会还成立了环保工作自查自纠宣传队,加强对企业环境保护工作的监督。"
    team = zh(g, "温州合成革商会环保工作自查自纠宣传队", CGKG.AdHocBody)
    event = founding(g, team)
    assert year(g, event) == 2008 and value(g, event, CGKG.founder) == chamber
    pollution = incidence(g, CLU["wenzhou-synthetic-leather"], PROBLEM.pollution)
    assert {requirements, dmf, centre, team} <= set(g.objects(pollution, CGKG.response))


def test_associations_against_anti_dumping(g):
    # "温州烟具协会、温州鞋革行业协会、舟山出口水产行业协会等在组织集群内企业应对国外反倾销调查等方面都发挥了重要作用。"
    for name in ("温州烟具行业协会", "温州鞋革行业协会", "舟山出口水产行业协会"):
        assert FUNCTION["trade-defence"] in functions(g, zh(g, name, CGKG.IndustryAssociation)), name
    zhoushan = zh(g, "舟山出口水产", CGKG.IndustrialCluster)
    assert value(g, zhoushan, CGKG.locatedIn) == PL.zhoushan


def test_yongkang_walmart_order_and_association_2005(g):
    # "2005年,永康企业由于竞相压价痛失沃尔玛百万辆滑板车订单后,借鉴了温州行业协会的经验,
    #  成立了电动车汽油车滑板车行业协会,并出台了相关的维权公约,加强产业集群治理。"
    walmart = zh(g, "沃尔玛", CGKG.Firm)
    (lost,) = list(g.subjects(CGKG.participant, walmart))
    # 2005年 dates the founding; the loss came before it ("…痛失…订单后…成立了"), in 2005 or earlier.
    assert years(g, lost) == (None, None, 2005)
    # 百万辆 is a round figure, not an exact count.
    order = figure(g, lost, MEASURE["order-size"], 1_000_000)
    assert value(g, order, CGKG.bound) == BOUND.approximately
    association = AG["yongkang-vehicle-scooter-association"]
    assert association == zh(g, "永康电动车汽油车滑板车行业协会", CGKG.IndustryAssociation)
    # The name as printed is a visible label.
    assert Literal("电动车汽油车滑板车行业协会", lang="zh") in set(g.objects(association, SKOS.altLabel))
    event = founding(g, association)
    assert year(g, event) == 2005
    assert value(g, event, CGKG.founder) == zh(g, "永康企业", CGKG.ActorGroup)
    assert value(g, event, CGKG.causedBy) == lost
    over = incidence(g, CLU["yongkang-scooters-and-vehicles"], PROBLEM["over-competition"])
    assert years(g, over) == (None, None, 2005) and lost in set(g.objects(over, CGKG.manifestedIn))
    conventions = [c for c in g.subjects(CGKG.issuedBy, association) if (c, RDF.type, CGKG.Convention) in g]
    assert len(conventions) == 1


def test_local_associations_become_provincial(g):
    # "2003年,以海宁市经编协会为基础成立了浙江省经编行业协会。"
    event = founding(g, zh(g, "浙江省经编行业协会", CGKG.IndustryAssociation))
    assert year(g, event) == 2003
    assert value(g, event, ORG.originalOrganization) == zh(g, "海宁市经编协会", CGKG.IndustryAssociation)
    # "2003年,浦江制锁行业协会升格为浙江省挂锁行业协会。"
    upgrade = founding(g, zh(g, "浙江省挂锁行业协会"), CGKG.Upgrade)
    assert year(g, upgrade) == 2003
    assert value(g, upgrade, ORG.originalOrganization) == zh(g, "浦江制锁行业协会")
    # The Pujiang industry is printed only as 制锁 (lock making); 挂锁 (padlocks) is in the provincial
    # association's name alone, so it is not a name of the cluster.
    pujiang = zh(g, "浦江制锁", CGKG.IndustrialCluster)
    labels = {str(l) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel) for l in g.objects(pujiang, p)}
    assert not any("挂锁" in label for label in labels)
    # "2006年,永康市电动车行业协会升格为省休闲运动车行业协会。" - the text does not say whether this is the
    # 电动车汽油车滑板车行业协会 founded in 2005, so the upgraded body is the one printed, kept apart.
    upgrade = founding(g, zh(g, "浙江省休闲运动车行业协会"), CGKG.Upgrade)
    assert year(g, upgrade) == 2006
    original = value(g, upgrade, ORG.originalOrganization)
    assert original == zh(g, "永康市电动车行业协会", CGKG.IndustryAssociation)
    assert original != AG["yongkang-vehicle-scooter-association"]
    assert value(g, original, CGKG.locatedIn) == PL.yongkang
    assert not [e for e in g.subjects(ORG.resultingOrganization, original) if (e, RDF.type, CGKG.Founding) in g]
    assert not list(g.subjects(ORG.originalOrganization, AG["yongkang-vehicle-scooter-association"]))
    # "依托诸暨珍珠与义乌饰品等产业集群,先后成立了浙江省珍珠协会与浙江省饰品行业协会。"
    assert (zh(g, "浙江省珍珠协会"), CGKG.governs, zh(g, "诸暨珍珠", CGKG.IndustrialCluster)) in g
    assert (zh(g, "浙江省饰品行业协会"), CGKG.governs, zh(g, "义乌饰品", CGKG.IndustrialCluster)) in g


def test_number_of_associations(g):
    # "据不完全统计,浙江省至今已有各类行业协会(商会)2300多个"
    count = figure(g, PL.zhejiang, MEASURE.organisations, 2300)
    assert value(g, count, CGKG.bound) == BOUND["more-than"]


def test_provincial_opinions_2006(g):
    # "2006年,浙江省出台《关于推进行业协会改革与发展的若干意见》(浙政发〔2006〕57号),...
    #  落实行业协会的行业自律、代表、服务、协调职能,争取用5年左右的时间,..."
    opinions = zh(g, "关于推进行业协会改革与发展的若干意见", CGKG.Policy)
    assert Literal("浙政发〔2006〕57号", lang="zh") in set(g.objects(opinions, SKOS.altLabel))
    assert year(g, opinions) == 2006
    assert set(g.objects(opinions, CGKG.grantsFunction)) == {
        FUNCTION["self-regulation"],
        FUNCTION.representation,
        FUNCTION.services,
        FUNCTION.coordination,
    }
    horizon = figure(g, opinions, MEASURE.duration, 60)
    assert value(g, horizon, CGKG.bound) == BOUND.approximately


def test_new_forms_of_union(g):
    # "适时建立乡镇村级工会、行业工会、市场工会等新型工会组织形式"
    unions = zh(g, "浙江省各级工会组织")
    for name in ("乡镇村级工会", "行业工会", "市场工会"):
        # Each form is all the unions of that form, a group the text names without naming one: the founding
        # set the group up (cgkg:resultingGroup), which ORG's resultingOrganization would make an organisation.
        form = zh(g, name, CGKG.ActorGroup)
        events = list(g.subjects(CGKG.resultingGroup, form))
        assert len(events) == 1 and not list(g.subjects(ORG.resultingOrganization, form)), name
        assert value(g, events[0], CGKG.founder) == unions, name
        assert not list(g.objects(events[0], CGKG.year)), name  # 适时 (as reform deepened): no date
    # 新河镇“羊毛衫行业工会”成立 is one of the industry unions (行业工会); "长兴县…乡镇工会" are of the township form.
    assert (zh(g, "行业工会", CGKG.ActorGroup), FOAF.member, AG["xinhe-woollen-sweater-industry-union"]) in g
    assert (zh(g, "乡镇村级工会", CGKG.ActorGroup), FOAF.member, AG["changxing-township-unions"]) in g
    # Being of a form is no membership in an organisation.
    assert not list(g.subjects(ORG.member, AG["xinhe-woollen-sweater-industry-union"]))
    # "通过与企业签订工资集体协议、参与企业安全生产与劳动卫生管理监督、开展劳动竞赛与职业培训等途径"
    assert {FUNCTION["wage-bargaining"], FUNCTION["labour-protection"], FUNCTION.training} <= functions(
        g, zh(g, "浙江省各级工会组织")
    )


def test_wenling_sweater_association_2003(g):
    # "2003年,当地113位羊毛衫企业老板联合成立了温岭市羊毛衫协会,试图通过协商,统一工价,规范劳动力市场。"
    association = zh(g, "温岭市羊毛衫协会", CGKG.IndustryAssociation)
    event = founding(g, association)
    assert year(g, event) == 2003
    owners = value(g, event, CGKG.founder)
    assert value(g, figure(g, owners, MEASURE.participants, 113), CGKG.bound) == BOUND.exact
    # "21世纪初,温岭市新河镇的羊毛衫产业...企业间用工存在着大量无序竞争。"
    cluster = zh(g, "温岭新河羊毛衫", CGKG.IndustrialCluster)
    assert value(g, cluster, CGKG.locatedIn) == zh(g, "新河镇", CGKG.Town)
    assert association in set(g.objects(incidence(g, cluster, PROBLEM["labour-disorder"]), CGKG.response))


def test_wenling_wage_consultation(g):
    # "温岭市借助当地已经开展多年的“民主恳谈会”经验,开展一场由政府主导、工会出面、劳资双方参与的“羊毛衫行业职工工资恳谈会”。"
    assert (zh(g, "民主恳谈会"), RDF.type, CGKG.Forum) in g
    forum = zh(g, "羊毛衫行业职工工资恳谈会", CGKG.Forum)
    (talks,) = list(g.subjects(CGKG.concerns, forum))
    # 由政府主导: the government led them, so it is their organiser (an initiator only pushes for an event).
    assert value(g, talks, CGKG.organiser) == zh(g, "温岭市政府", CGKG.GovernmentBody)
    # "经过6次协商、10次恳谈后,最后确定行业普遍认可的最低工资标准。"
    assert figure(g, talks, MEASURE.rounds, 6) and figure(g, talks, MEASURE.rounds, 10)
    # 工会出面: a union fronted the talks, but the text does not say which. It is a union of its own, found by
    # the word the text uses (工会), not the trade unions in general that the planned-economy sentence
    # speaks of ("工商联与工会成为政治团体").
    fronting = [u for u in g.objects(talks, CGKG.participant) if (u, RDF.type, CGKG.TradeUnion) in g]
    assert len(fronting) == 1
    assert (fronting[0], SKOS.hiddenLabel, Literal("工会", lang="zh")) in g
    assert (talks, CGKG.participant, zh(g, "工会", CGKG.TradeUnion)) not in g
    # "2003年8月,新河镇“羊毛衫行业工会”成立": the text neither names it as the union of the talks nor says
    # whether the talks came before or after its founding, so it is not recorded as their participant.
    assert (talks, CGKG.participant, zh(g, "新河镇羊毛衫行业工会", CGKG.IndustryUnion)) not in g
    # "…最后确定行业普遍认可的最低工资标准。" is what the talks settled; the agreement of August 2003 is told next,
    # and the text does not say it came of them.
    standard = zh(g, "行业普遍认可的最低工资标准", CGKG.Agreement)
    assert set(g.objects(talks, CGKG.outcome)) == {standard}
    assert (standard, CGKG.evidence, URIRef(ID + "passage/zj-wage-rounds")) in g
    # "并创新行业工资谈判、集群职代会等产业集群治理模式": the mode Zhejiang's unions created, of which the
    # consultation is the text's instance ("行业职工工资恳谈会、集群职代会等集群治理模式"). The mode's name
    # finds the forum, as a hidden label (it is not the forum's own name), printed in a passage it cites.
    mode_name = Literal("行业工资谈判", lang="zh")
    assert set(g.subjects(None, mode_name)) == {forum}
    assert (forum, SKOS.hiddenLabel, mode_name) in g and (forum, CGKG.printedLabel, mode_name) in g
    assert (forum, SKOS.altLabel, mode_name) not in g
    assert PSG["zj-new-union-forms"] in set(g.objects(forum, CGKG.evidence))


def test_xinhe_labour_disorder_has_no_end_the_text_does_not_give(g):
    # "21世纪初,温岭市新河镇的羊毛衫产业由于进入门槛和技术含量相对较低,企业间用工存在着大量无序竞争。"
    # The early 2000s are its start; the text tells of responses from 2003 on, not of its end.
    for thing in (EV["xinhe-labour-disorder-early-2000s"], URIRef(ID + "relation/xinhe-woollen-sweaters-labour-disorder")):
        assert years(g, thing) == (None, 2000, None), thing
        assert Literal("21世纪初", lang="zh") in set(g.objects(thing, CGKG.periodNote))


def test_wenling_wage_talks_are_dated_from_the_association(g):
    # "2003年,当地113位羊毛衫企业老板联合成立了温岭市羊毛衫协会…但是,这种由行业协会单方面定价的做法显然不尽公平。
    #  温岭市…开展一场…“羊毛衫行业职工工资恳谈会”。经过6次协商、10次恳谈后,最后确定行业普遍认可的最低工资标准。"
    # The talks answered the pricing of the association founded in 2003: no earlier than 2003. The text gives
    # them no date of their own, and does not say the agreement of "2003年8月" came of them: no latest year.
    forum = zh(g, "羊毛衫行业职工工资恳谈会", CGKG.Forum)
    (talks,) = list(g.subjects(CGKG.concerns, forum))
    assert talks == EV["xinhe-wage-consultations-2003"]
    assert years(g, talks) == (None, 2003, None)
    assert year(g, founding(g, zh(g, "温岭市羊毛衫协会"))) == 2003
    assert PSG["zj-unilateral-pricing"] in set(g.objects(talks, CGKG.evidence))
    assert "led to the agreement" not in notes(g, talks)
    # The two figures and the standard the talks settled are dated as the talks are.
    standard = zh(g, "行业普遍认可的最低工资标准", CGKG.Agreement)
    for thing in (FIG["xinhe-wage-negotiations"], FIG["xinhe-wage-consultation-rounds"], standard):
        assert years(g, thing) == (None, 2003, None), thing
        assert "dated 2003 as" not in notes(g, thing), thing
    assert {value(g, f, CGKG.describes) for f in (FIG["xinhe-wage-negotiations"], FIG["xinhe-wage-consultation-rounds"])} == {talks}


def test_xinhe_union_and_wage_agreement_2003(g):
    # "2003年8月,新河镇“羊毛衫行业工会”成立,工会与行业协会签订了《羊毛衫行业工资(工价)协商协议书》,协议书报劳动部门备案"
    union = zh(g, "新河镇羊毛衫行业工会", CGKG.IndustryUnion)
    assert value(g, founding(g, union), DCT.date) == Literal("2003-08", datatype=XSD_GYEARMONTH)
    agreement = zh(g, "羊毛衫行业工资(工价)协商协议书", CGKG.Agreement)
    assert set(g.objects(agreement, CGKG.signatory)) == {union, zh(g, "温岭市羊毛衫协会")}
    filings = list(g.subjects(CGKG.concerns, agreement))
    assert any((e, CGKG.participant, AG["wenling-labour-department"]) in g for e in filings)


def test_changxing_cluster_workers_congress(g):
    # "长兴县在中小型企业集中的乡镇建立集群职代会,并成立由乡镇工会、劳动、司法、工商、工办等机构人员组成的
    #  “职工代表巡视组”、“劳动争议调解组”、“安全卫生督查组”,督促检查集群职代会通过的“集体合同”、“工资协商”和“劳动安全卫生”等协议的落实情况。"
    congress = zh(g, "长兴县集群职代会", CGKG.Forum)
    assert value(g, congress, CGKG.locatedIn) == PL.changxing
    groups = {zh(g, name, CGKG.AdHocBody) for name in ("职工代表巡视组", "劳动争议调解组", "安全卫生督查组")}
    for group in groups:
        constituents = {
            value(g, m, ORG.member)
            for m in g.subjects(ORG.organization, group)
            if (m, ORG.role, ROLE.constituent) in g
        }
        assert len(constituents) == 5, group
    agreements = [a for a in g.subjects(CGKG.issuedBy, congress) if (a, RDF.type, CGKG.Agreement) in g]
    assert len(agreements) == 3
    for agreement in agreements:
        assert set(g.objects(agreement, CGKG.enforcedBy)) == groups


def test_yiwu_forum_since_2004(g):
    # "2004年以来,义乌市连续举办“义乌论坛”,邀请省内外专家、义乌市周边城市政府代表,...构筑义乌商圈的治理平台。"
    forum = zh(g, "义乌论坛", CGKG.Forum)
    event = founding(g, forum)
    # Held in a row since 2004: the text does not say 2004 was the first edition, so it is the latest year.
    assert value(g, event, CGKG.toYear) == Literal(2004)
    assert not list(g.objects(event, CGKG.year)) and not list(g.objects(event, CGKG.fromYear))
    # Yiwu holds the forum (举办), perhaps since before 2004: the text does not say who founded it.
    assert not list(g.objects(event, CGKG.founder))
    assert FUNCTION["external-cooperation"] in functions(g, forum)
    assert "利用义乌小商品市场拓展国际市场" in str(value(g, forum, DCT.description))
    # The sessions concern the trading area they build a governance platform for.
    sessions = [e for e in g.subjects(CGKG.participant, forum) if (e, RDF.type, CGKG.Meeting) in g]
    assert len(sessions) == 1
    assert (sessions[0], CGKG.concerns, zh(g, "义乌商圈", CGKG.GeographicArea)) in g
    assert (sessions[0], CGKG.organiser, AG["yiwu-municipal-government"]) in g
    # The passage names the market and the trading area, not the small-commodities cluster.
    assert (sessions[0], CGKG.concerns, CLU["yiwu-small-commodities"]) not in g
    # "构筑义乌商圈的治理平台": the platform is for the trading area (义乌商圈), not for the cluster.
    assert "governing the Yiwu small-commodities cluster" not in notes(g, forum)
    assert not list(g.objects(forum, CGKG.governs))


def test_wenzhou_footwear_threatens_italian_districts(g, source_texts):
    # Italian-lessons text: "尽管近年来温州鞋业等浙江产业集群已经对意大利相关产业区构成了一定的威胁" - the
    # graph has no property for it, so the cluster's note records it, citing the passage.
    statement = "尽管近年来温州鞋业等浙江产业集群已经对意大利相关产业区构成了一定的威胁"
    assert statement in source_texts["000_58c46d594770bc4a.txt"]
    footwear = zh(g, "温州鞋业", CGKG.IndustrialCluster)
    assert footwear == CLU["wenzhou-footwear"]
    assert PSG["it-wenzhou-footwear-threat"] in set(g.objects(footwear, CGKG.evidence))
    assert str(value(g, PSG["it-wenzhou-footwear-threat"], rdflib.URIRef("http://www.w3.org/ns/oa#exact"))) == statement
    assert statement in notes(g, footwear)


def test_timeline_of_associations(g):
    # The foundings and upgrades the text dates, in Wenzhou and the province, in order:
    # 1985 义乌市个体劳动者协会; "1988年6月...温州市鹿城区鞋业协会宣告成立"; "1991年...成立了温州烟具行业协会";
    # 五金商会(1993年)、服装商会(1994年)、灯具商会(1994年)、眼镜商会(1994年); "义乌市保护名牌产品联合会”(1995年成立)";
    # 剃须刀行业协会(1999年)、泵阀工业协会(2000年)、合成革商会(2000年)、拉链商会(2002年);
    # "2003年,以海宁市经编协会为基础成立了浙江省经编行业协会"; "2003年,浦江制锁行业协会升格为浙江省挂锁行业协会";
    # "2003年,当地113位羊毛衫企业老板联合成立了温岭市羊毛衫协会"; "2003年8月,新河镇“羊毛衫行业工会”成立";
    # "2005年,...成立了电动车汽油车滑板车行业协会";
    # "2006年,永康市电动车行业协会升格为省休闲运动车行业协会"; "2008年,温州合成革商会还成立了环保工作自查自纠宣传队"
    # The Yiwu Forum, held "2004年以来", has 2004 only as the latest year of its founding, so it is not among them.
    rows = g.query(
        """
        PREFIX cgkg: <https://w3id.org/cgkg/ontology#>
        PREFIX org:  <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?year ?label WHERE {
            VALUES ?kind { cgkg:Founding cgkg:Upgrade }
            ?event a ?kind ; cgkg:year ?year ; org:resultingOrganization ?org ;
                   cgkg:evidence/oa:hasSource <https://w3id.org/cgkg/id/source/zhejiang-clusters-ch22> .
            ?org skos:prefLabel ?label . FILTER (lang(?label) = "zh")
        } ORDER BY ?year ?label
        """,
        initNs={"oa": rdflib.Namespace("http://www.w3.org/ns/oa#")},
    )
    timeline = sorted({(int(r.year), str(r.label)) for r in rows})
    assert timeline == sorted(
        [
            (1985, "义乌市个体劳动者协会"),
            (1988, "温州市鹿城区鞋业协会"),
            (1991, "温州烟具行业协会"),
            (1993, "温州市五金商会"),
            (1994, "温州市服装商会"),
            (1994, "温州市灯具商会"),
            (1994, "温州市眼镜商会"),
            (1995, "义乌市保护名牌产品联合会"),
            (1999, "温州市剃须刀行业协会"),
            (2000, "温州市泵阀工业协会"),
            (2000, "温州合成革商会"),
            (2002, "温州市拉链商会"),
            (2003, "浙江省经编行业协会"),
            (2003, "浙江省挂锁行业协会"),
            (2003, "温岭市羊毛衫协会"),
            (2003, "新河镇羊毛衫行业工会"),
            (2005, "永康电动车汽油车滑板车行业协会"),
            (2006, "浙江省休闲运动车行业协会"),
            (2008, "温州合成革商会环保工作自查自纠宣传队"),
        ]
    )


def test_everything_from_the_text_cites_it(g):
    # Rule 2 of the data guide: every entity and n-ary fact of this text has a passage of this text.
    source = URIRef(ID + "source/zhejiang-clusters-ch22")
    oa = rdflib.Namespace("http://www.w3.org/ns/oa#")
    passages = set(g.subjects(oa.hasSource, source))
    assert len(passages) > 100
    cited = {s for s, p in g.subject_objects(CGKG.evidence) if p in passages}
    # What the files drawn from this text type, they draw from it: each such node cites one of its passages.
    from_this_text = rdflib.Graph()
    for path in sorted((paths.DATA_DIR / "zhejiang").glob("*.ttl")):
        from_this_text.parse(path, format="turtle")
    for cls in (CGKG.ModeAssignment, CGKG.Leadership, CGKG.ProblemIncidence, CGKG.Figure, CGKG.Founding):
        nodes = set(from_this_text.subjects(RDF.type, cls))
        assert nodes, cls
        assert nodes <= cited, f"{cls}: {sorted(nodes - cited)} cite no passage of this text"
    assert cited >= {CLU["wenzhou-footwear"], CLU["yiwu-small-commodities"], AG["yiwu-small-commodities-market"]}


def test_printed_labels_are_the_names_as_the_text_prints_them(g):
    # “温州市工商联…先后推动成立了五金商会(1993年)”: the chamber is read as Wenzhou's, but is printed without the city.
    assert printed(g, AG["wenzhou-hardware-chamber"]) == {"五金商会"}
    # “2001年我国加入W T O”: the scanned spacing is what the text prints.
    assert printed(g, AG.wto) == {"W T O"}
    # “当地政府通过建立电器总厂…”: Liushi's government is printed only as the local government.
    assert printed(g, AG["liushi-local-government"]) == {"当地政府"}
    # “新河镇“羊毛衫行业工会””: the town stands outside the quotation marks of the union's name.
    assert printed(g, AG["xinhe-woollen-sweater-industry-union"]) == {"羊毛衫行业工会"}
    # "由乡镇工会、劳动、司法、工商、工办等机构人员组成": the Changxing industry office is printed in its short form.
    assert printed(g, AG["changxing-industry-office"]) == {"工办"}


def test_things_the_text_names_only_in_other_words_have_no_printed_label(g):
    # “五金商会(1993年)”: the hardware cluster is known only through its chamber.
    assert printed(g, CLU["wenzhou-hardware"]) == set()
    # “温州锁具、剃须刀等行业协会”: the lock association's full name is never printed as one phrase; only the
    # fragment the list prints for it is, a hidden label (as 衡器 in “永康电动工具、衡器”).
    assert printed(g, AG["wenzhou-locks-association"]) == {"锁具"}
    assert set(map(str, g.objects(AG["wenzhou-locks-association"], SKOS.hiddenLabel))) == {"锁具"}
    # “金华市永泰、旭春两家火腿厂”: neither factory's name is printed whole, only its own part of the list.
    assert printed(g, AG["jinhua-yongtai-ham-factory"]) == {"永泰"}
    assert printed(g, AG["jinhua-xuchun-ham-factory"]) == {"旭春"}


# ---------------------------------------------------------------------------
# Fact-check, second round: each fact cites the passage that states it, and each reading says so
# ---------------------------------------------------------------------------

OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
SECTOR = rdflib.Namespace(ID + "sector/")


def test_liushi_mode_change_cites_both_of_its_modes(g):
    change = EV["liushi-mode-change"]
    # "柳市低压电器产业最初的治理结构以市场型治理为主,从1977年上半年第一家低压电器门市部开始,…"
    assert value(g, change, CGKG.fromMode) == MODE["market-type"]
    assert quoted(g, change, "柳市低压电器产业最初的治理结构以市场型治理为主")
    # "在柳市低压电器、平湖光机电等产业集群内部,正泰、德力西、日本芝浦等龙头企业往往通过各种股权关系,支配相关企业的生产运营。"
    assert value(g, change, CGKG.toMode) == MODE["leader-equity"]
    assert quoted(g, change, "正泰、德力西、日本芝浦等龙头企业往往通过各种股权关系")


def test_liushi_workshops_join_because_of_the_licensing(g):
    # "在20世纪90年代初的区域性质量危机中,政府采取许可生产的方式,提高了低压电器行业的进入门槛,大量没有许可证的生产企业面临倒闭。
    #  为了生存与发展,不少没有许可证的小企业小作坊,…加入正泰、德力西"
    event = EV["liushi-workshops-join-lead-firms"]
    assert value(g, event, CGKG.causedBy) == INS["liushi-production-licensing"]
    assert str(value(g, event, CGKG.periodNote)) == "20世纪90年代初"
    assert quoted(g, event, "政府采取许可生产的方式") and quoted(g, event, "在20世纪90年代初的区域性质量危机中")


def test_cctv_report_cites_the_damage_to_the_brand(g):
    # "…生产“反季节火腿”的恶性事件,导致“金华火腿”区域品牌名声扫地,严重影响了整个金华火腿产业的发展。"
    report = EV["cctv-jinhua-ham-report-2003"]
    assert (report, CGKG.concerns, URIRef(ID + "brand/jinhua-ham")) in g
    assert quoted(g, report, "导致“金华火腿”区域品牌名声扫地")


def test_jinxiang_firm_count_cites_the_sentence_naming_jinxiang(g):
    # "以苍南金乡徽章生产为例,作为全国最大的标牌徽章制作产业基地,金乡已经形成…十几道工序。…
    #  形成了由参与各道工序的800多家企业集合而成的网络型生产体系。"
    firms = FIG["jinxiang-badge-firms"]
    assert value(g, firms, CGKG.describes) == CLU["jinxiang-badges"]
    assert quoted(g, firms, "金乡已经形成从原材料到成品") and quoted(g, firms, "800多家企业")


def test_yueqing_county_government_cites_the_report_naming_the_county(g):
    # "1990年5月30日国务院办公厅又转发了国家技术监督局等部门《关于温州市乐清县生产和销售无证、伪劣产品的调查情况及处理建议》的通知,
    #  要求整顿柳市低压电器产业。国家七部局联合省、市、县组成工作组" - 县 is read as Yueqing county.
    county = AG["yueqing-county-government"]
    assert value(g, county, CGKG.jurisdiction) == PL.yueqing
    assert quoted(g, county, "温州市乐清县") and quoted(g, county, "省、市、县组成工作组")
    assert "温州市乐清县" in notes(g, county) and "reading" in notes(g, county)


def test_liushi_in_yueqing_is_a_stated_reading(g):
    # The same notice: the report on 温州市乐清县 orders "整顿柳市低压电器产业"; the text never prints 乐清柳市.
    liushi = PL.liushi
    assert value(g, liushi, CGKG.locatedIn) == PL.yueqing
    assert quoted(g, liushi, "《关于温州市乐清县生产和销售无证、伪劣产品的调查情况及处理建议》的通知,要求整顿柳市低压电器产业")
    assert "要求整顿柳市低压电器产业" in notes(g, liushi) and "reading" in notes(g, liushi)


def test_xinhe_employers_and_workers_cite_the_sentence_naming_xinhe(g):
    # "21世纪初,温岭市新河镇的羊毛衫产业由于进入门槛和技术含量相对较低,企业间用工存在着大量无序竞争。"
    for group in (AG["xinhe-sweater-workers"], AG["xinhe-sweater-firm-owners"]):
        assert value(g, group, CGKG.locatedIn) == PL.xinhe, group
        assert quoted(g, group, "温岭市新河镇的羊毛衫产业"), group


def test_yiwu_market_governs_the_cluster_it_interacts_with(g):
    # "义乌小商品、海宁皮革、南浔木业、织里童装等产业集群则构成了特色产业与专业市场互动的治理格局" and
    # "在义乌小商品市场等专业市场,商品种类繁多…"
    market = AG["yiwu-small-commodities-market"]
    assert (market, CGKG.governs, CLU["yiwu-small-commodities"]) in g
    assert quoted(g, market, "义乌小商品、海宁皮革、南浔木业、织里童装等产业集群则构成了特色产业与专业市场互动的治理格局")
    assert quoted(g, market, "在义乌小商品市场等专业市场")
    assert "特色产业与专业市场互动的治理格局" in notes(g, market)


def test_wage_talks_parties_are_labour_and_capital_not_the_association(g):
    # "开展一场由政府主导、工会出面、劳资双方参与的“羊毛衫行业职工工资恳谈会”。" The association is named only as
    # the body whose pricing was unfair: "但是,这种由行业协会单方面定价的做法显然不尽公平。"
    talks = EV["xinhe-wage-consultations-2003"]
    participants = set(g.objects(talks, CGKG.participant))
    assert {AG["xinhe-sweater-firm-owners"], AG["xinhe-sweater-workers"]} <= participants
    assert AG["wenling-woollen-sweater-association"] not in participants
    assert "劳资双方参与" in notes(g, talks) and "not said to have taken part" in notes(g, talks)
    # The capital side is the firm owners: "2003年,当地113位羊毛衫企业老板联合成立了温岭市羊毛衫协会"
    assert "capital" in notes(g, AG["xinhe-sweater-firm-owners"])


def test_the_minimum_wage_standard_grants_nothing(g):
    # "经过6次协商、10次恳谈后,最后确定行业普遍认可的最低工资标准。" - the result of the bargaining.
    standard = INS["xinhe-minimum-wage-standard-2003"]
    assert not list(g.objects(standard, CGKG.grantsFunction))
    assert (EV["xinhe-wage-consultations-2003"], CGKG.outcome, standard) in g


def test_xinhe_union_protects_labour_as_zhejiangs_unions_do(g):
    # "浙江省各级工会组织…适时建立乡镇村级工会、行业工会、市场工会等新型工会组织形式,…通过与企业签订工资集体协议、
    #  参与企业安全生产与劳动卫生管理监督、开展劳动竞赛与职业培训等途径,切实维护劳动者合法权益"
    union = AG["xinhe-woollen-sweater-industry-union"]
    assert FUNCTION["labour-protection"] in functions(g, union)
    assert quoted(g, union, "通过与企业签订工资集体协议") and quoted(g, union, "切实维护劳动者合法权益")
    assert "function:labour-protection" in notes(g, union)


def test_changxing_foundings_note_the_county_reading(g):
    # "长兴县在中小型企业集中的乡镇建立集群职代会,并成立由乡镇工会、劳动、司法、工商、工办等机构人员组成的…" - 长兴县 only;
    # the paragraph credits the unions: "浙江省各级工会组织…并创新行业工资谈判、集群职代会等产业集群治理模式"
    for slug in (
        "changxing-cluster-workers-congress",
        "changxing-worker-representative-inspection-group",
        "changxing-labour-dispute-mediation-group",
        "changxing-safety-health-inspection-group",
    ):
        event = EV["founding-" + slug]
        assert value(g, event, CGKG.founder) == AG["changxing-county-government"], slug
        note = notes(g, event)
        assert "长兴县" in note and "ag:zhejiang-trade-unions" in note and "read as the county government" in note, slug


def test_jurisdictions_whose_level_the_text_does_not_give_are_read_from_the_place(g):
    # 由乡镇工会、劳动、司法、工商、工办等机构人员组成 (Changxing); 当地政府 (Liushi, Lucheng); 劳动部门 (Wenling);
    # 配合环保部门 (Wenzhou): the text names no level for any of them.
    expected = {
        "changxing-labour-authorities": (PL.changxing, CGKG.County),
        "changxing-judicial-authorities": (PL.changxing, CGKG.County),
        "changxing-industry-commerce-administration": (PL.changxing, CGKG.County),
        "changxing-industry-office": (PL.changxing, CGKG.County),
        "liushi-local-government": (PL.liushi, CGKG.Town),
        "lucheng-local-government": (PL.lucheng, CGKG.County),
        "wenling-labour-department": (PL.wenling, CGKG.County),
        "wenzhou-environmental-protection-authorities": (PL.wenzhou, CGKG.Prefecture),
    }
    for slug, (place, level) in expected.items():
        body = AG[slug]
        assert value(g, body, CGKG.jurisdiction) == place and (place, RDF.type, level) in g, slug
        assert "read from" in notes(g, body), slug
    for slug in ("changxing-labour-authorities", "changxing-judicial-authorities",
                 "changxing-industry-commerce-administration", "changxing-industry-office"):
        assert "乡镇" in notes(g, AG[slug]) and "township" in notes(g, AG[slug]), slug


def test_vehicle_associations_keep_the_one_vehicle_sector_as_a_reading(g):
    # "2006年,永康市电动车行业协会升格为省休闲运动车行业协会。" - the names give 电动车 and 休闲运动车 only.
    broad = SECTOR["scooters-and-vehicles"]
    narrower = set(g.subjects(SKOS.broader, broad))
    for slug in ("yongkang-electric-vehicle-association", "zhejiang-leisure-sports-vehicle-association"):
        body = AG[slug]
        sector = value(g, body, CGKG.sector)
        # A narrower concept, once one exists, is the one to use; until then the broad one, with a note.
        assert sector in narrower or (not narrower and sector == broad), slug
        assert "sector:scooters-and-vehicles" in notes(g, body) and "reading" in notes(g, body), slug


def test_mediation_group_function_is_read_from_its_name(g):
    # "…“劳动争议调解组”…,督促检查集群职代会通过的…等协议的落实情况。" - the one task of all three groups.
    group = AG["changxing-labour-dispute-mediation-group"]
    assert FUNCTION["dispute-resolution"] in functions(g, group)
    assert "from its name alone" in notes(g, group)


def test_three_readings_of_section_three_are_noted(g):
    # "…推动会员企业安装DM F(二甲基甲酰胺)回收装置,投资1100万元,成立无害化处理中心进行集中治污。"
    investment = FIG["wenzhou-synthetic-leather-centre-investment"]
    assert value(g, investment, CGKG.describes) == AG["wenzhou-synthetic-leather-treatment-centre"]
    assert "成立无害化处理中心" in notes(g, investment) and "recovery units" in notes(g, investment)
    # "在授牌仪式上,协会联合370多位鞋厂厂长发出倡议" - no place is given.
    ceremony = EV["lucheng-footwear-plaque-ceremony"]
    assert value(g, ceremony, CGKG.place) == PL.lucheng and "inferred" in notes(g, ceremony)
    # "…互相杀价,产品仿冒之风盛行。为协调行业内外的各种经济社会关系,1991年…成立了温州烟具行业协会。"
    founding_ = EV["founding-wenzhou-smoking-articles-association"]
    assert value(g, founding_, CGKG.causedBy) == EV["wenzhou-lighter-problems-late-1980s"]
    assert "order of the narrative" in notes(g, founding_) and "为协调行业内外的各种经济社会关系" in notes(g, founding_)


def test_one_shared_list_of_problems_for_the_four_wenzhou_bodies(g):
    # "温州市剃须刀行业协会(1999年)、泵阀工业协会(2000年)、合成革商会(2000年)、拉链商会(2002年)等都是在地方产业发展到一定阶段,
    #  出现假冒伪劣、无序竞争、人才无序流动等单个企业难以解决的各种问题时,由政府或代表性企业推动建立的。"
    found = 0
    for cluster in ("wenzhou-razors", "wenzhou-pumps-and-valves", "wenzhou-synthetic-leather", "wenzhou-zippers"):
        for problem in ("regional-quality", "over-competition", "labour-disorder"):
            i = incidence(g, CLU[cluster], PROBLEM[problem])
            assert "出现假冒伪劣、无序竞争、人才无序流动等" in notes(g, i) and "is a reading" in notes(g, i), i
            found += 1
    assert found == 12


def test_liushi_lead_firms_two_routes_are_the_firms_together(g):
    # "正泰、德力西等企业或者通过对集团内企业的股份制改造,提升集团内部的联系,或者通过技术支持与营销渠道控制等途径强化集团内部的企业联系":
    # two alternatives for the firms together, neither said of one firm. What is said of each firm is
    # "正泰、德力西、日本芝浦等龙头企业往往通过各种股权关系,支配相关企业的生产运营" and "联系主要靠品牌租金和生产许可证维系".
    routes = {MEANS["shareholding-reform"], MEANS["technical-support-and-channels"]}
    for firm in (AG.chint, AG.delixi):
        lead = leadership(g, firm, CLU["liushi-low-voltage-electrical"])
        assert set(g.objects(lead, CGKG.means)) == {MEANS.equity, MEANS["brand-and-licence"]}, firm
        assert "或者" in notes(g, lead) and "which firm took which" in notes(g, lead), firm
    # The routes are the cluster's, in its change to the leader type.
    assert routes <= set(g.objects(EV["liushi-mode-change"], CGKG.mechanism))


# ---------------------------------------------------------------------------
# Fact-check, third round: readings from names are noted, notes claim no order or emphasis the text lacks
# ---------------------------------------------------------------------------


def test_what_is_read_from_a_name_says_so(g):
    # "鞋业协会与鹿城区鞋业质量整顿管理办公室合署办公": all the text says of the office is that it shares offices.
    office = zh(g, "鹿城区鞋业质量整顿管理办公室")
    assert "read from its name" in notes(g, office)
    # "…,督促检查集群职代会通过的“集体合同”、“工资协商”和“劳动安全卫生”等协议的落实情况。": the three groups share
    # one task; the safety group's note does not single out safety.
    assert "above all" not in notes(g, zh(g, "安全卫生督查组"))


def test_notes_claim_no_order_the_text_does_not_give(g):
    # "依托诸暨珍珠与义乌饰品等产业集群,先后成立了浙江省珍珠协会与浙江省饰品行业协会。": 先后 gives no order.
    ornaments = founding(g, zh(g, "浙江省饰品行业协会"))
    assert "after the pearl" not in notes(g, ornaments)
    assert not list(g.objects(ornaments, CGKG.year))


def test_local_founding_place_is_a_noted_reading(g):
    # "2003年,当地113位羊毛衫企业老板联合成立了温岭市羊毛衫协会": 当地 is read as Xinhe.
    event = founding(g, zh(g, "温岭市羊毛衫协会"))
    assert value(g, event, CGKG.place) == PL["xinhe"]
    assert "当地" in notes(g, event)



def test_wage_consultation_drew_on_the_democratic_consultation_meetings(g):
    # "温岭市借助当地已经开展多年的“民主恳谈会”经验,开展一场由政府主导、工会出面、劳资双方参与的“羊毛衫行业职工工资恳谈会”"
    consultation = zh(g, "羊毛衫行业职工工资恳谈会")
    assert (consultation, PROV.wasInfluencedBy, zh(g, "民主恳谈会")) in g


def test_the_union_that_fronted_the_talks_is_the_one_its_note_names(g):
    # "由政府主导、工会出面": the text does not say which union; the talks' note names the node recorded for it.
    talks = EV["xinhe-wage-consultations-2003"]
    unions = [p for p in g.objects(talks, CGKG.participant) if (p, RDF.type, CGKG.TradeUnion) in g]
    assert unions == [AG["wenling-wage-talks-union"]]
    assert "ag:wenling-wage-talks-union" in notes(g, talks)
    assert "ag:chinese-trade-unions" not in notes(g, talks)


def test_liushi_quality_responses_include_the_coal_ministry_ban_and_the_state_council_notice(g):
    # "煤炭部也下发文件,通令所属企业不准购买柳市电器产品" and "国务院办公厅又转发了…的通知,要求整顿柳市低压电器产业":
    # both answer the shoddy goods, as the rectifications and the licensing do.
    responses = set(g.objects(URIRef(ID + "relation/liushi-regional-quality"), CGKG.response))
    assert {INS["coal-ministry-liushi-ban"], INS["state-council-notice-1990"], EV["liushi-first-rectification"],
            EV["liushi-rectification-1990"], INS["liushi-production-licensing"]} == responses


def test_english_labels_translate_without_outside_glosses(g):
    # "宁波博洋家纺等虚拟企业…影响周边地区的供应商": the suppliers are those around the firm, which the label keeps.
    network = CLU["ningbo-home-textiles"]
    assert "Boyang" in str(value_in(g, network, SKOS.prefLabel, "en"))
    # "“挂户经营”、“戴红帽子”等举措,降低创业风险与进入壁垒": the text does not say what wearing a red hat was.
    red_hat = str(value_in(g, INS["dai-hong-maozi"], SKOS.prefLabel, "en"))
    assert red_hat.startswith("wearing a red hat") and "collective" not in red_hat


def test_thirty_years_of_reform_and_opening(g):
    # "改革开放30年来,治理贯穿于浙江各个产业集群的形成与演化过程": the one number of section (三)'s opening, an
    # age of the era the section dates its account by, which the text gives no year.
    reform = zh(g, "改革开放", CGKG.Event)
    age = figure(g, reform, MEASURE.age, 30)
    assert value(g, age, CGKG.bound) == BOUND.exact
    assert years(g, reform) == (None, None, None)
    assert Literal("改革开放30年来", lang="zh") in set(g.objects(reform, CGKG.periodNote))


def test_notes_keep_the_text_s_degree_time_and_links(g):
    wenling = notes(g, AG["wenling-woollen-sweater-association"])
    # "这种由行业协会单方面定价的做法显然不尽公平": not entirely fair, and the text does not say it led to the talks.
    assert "not entirely fair (显然不尽公平)" in wenling and "plainly unfair" not in wenling and "led to" not in wenling
    # "最后确定行业普遍认可的最低工资标准": generally accepted in the industry, not by all of it.
    assert "generally accepted in the industry (行业普遍认可)" in notes(g, AG["xinhe-wage-consultation"])
    # "协议书报劳动部门备案,与劳动合同具有同等效力": filed, and of equal force; the text does not say one made the other.
    assert "Filing gave" not in notes(g, EV["xinhe-wage-agreement-filing"])
    # "20世纪80年代中后期,温州鞋一度成为假冒伪劣的代名词": the mid-to-late 1980s.
    for cluster in ("wenzhou-footwear", "wenzhou-smoking-articles"):
        assert "mid-to-late 1980s" in notes(g, CLU[cluster]), cluster
    # "…根据浙江农村工业化与产业集群化发展与治理的需要,适时建立乡镇村级工会、行业工会、市场工会…": in good time.
    for union in ("township-village-unions", "industry-unions", "market-unions"):
        assert "in good time (适时建立)" in notes(g, EV["founding-zhejiang-" + union]), union
    # "煤炭部…要求柳市区停止生产销售不合格矿灯": the text does not say what kind of unit 柳市区 was.
    assert "sub-county" not in notes(g, PL["liushi"])


def test_reform_and_opening_is_china_s(g):
    # "随着改革开放的不断深入,我国开始借鉴国外行业协会等民间组织发展的经验": the one sentence that says whose it was.
    reform = zh(g, "改革开放", CGKG.Event)
    assert (reform, CGKG.place, PL["china"]) in g
    # "我国" names China only in the author's voice: a search form, not a name to display.
    assert (PL["china"], SKOS.hiddenLabel, Literal("我国", lang="zh")) in g
    assert (PL["china"], SKOS.altLabel, Literal("我国", lang="zh")) not in g
    # "落实行业协会的行业自律、代表、服务、协调职能": the four functions as printed.
    assert "(行业自律、代表、服务、协调)" in str(value(g, FUNCTION["services"], SKOS.definition))


def test_the_middle_and_late_1980s_are_not_rendered_as_the_late_1980s(full_graph):
    # "20世纪80年代中后期,温州鞋一度成为假冒伪劣的代名词", "温州打火机产业在20世纪80年代中后期也出现了…": 中后期 is the
    # middle and late part of the decade; no English label, note or ontology comment shortens it to "late".
    english = [str(o) for p in (SKOS.prefLabel, SKOS.editorialNote, SKOS.definition, rdflib.RDFS.comment)
               for o in full_graph.objects(None, p) if getattr(o, "language", None) == "en"]
    shortened = [text for text in english
                 if re.search(r"(?<!mid-to-)(?<!middle and )late 1980s", text)]
    assert not shortened, shortened


def test_liushi_first_clean_up_brought_in_over_1200_technicians(g):
    # "当地政府通过建立电器总厂和电器产品检测中心,明确产品质量标准,引进1200多名技术人员,取缔非法经营户等手段加强了对低压电器生产的监督。"
    recruited = figure(g, EV["liushi-first-rectification"], MEASURE["technicians-recruited"], 1200)
    assert value(g, recruited, CGKG.bound) == BOUND["more-than"]
    assert PSG["zj-liushi-first-response"] in set(g.objects(recruited, CGKG.evidence))


def test_the_yueqing_report_is_the_state_bureau_of_technical_supervisions(g):
    # "国务院办公厅又转发了国家技术监督局等部门《关于温州市乐清县生产和销售无证、伪劣产品的调查情况及处理建议》的通知":
    # the bureau and other departments (等部门) wrote the report; the State Council General Office forwarded it.
    report = zh(g, "关于温州市乐清县生产和销售无证、伪劣产品的调查情况及处理建议", CGKG.Policy)
    assert value(g, report, CGKG.issuedBy) == zh(g, "国家技术监督局")
    assert "等部门" in notes(g, report)
    # Dated only by the notice that forwarded it: no later than 1990.
    assert not list(g.objects(report, CGKG.year)) and int(value(g, report, CGKG.toYear)) == 1990


def test_yiwu_cultivated_its_two_associations(g):
    # "义乌市通过大力培育和发展“义乌市个体劳动者协会”(1985年成立)和“义乌市保护名牌产品联合会”(1995年成立)等社会中介组织"
    government = zh(g, "义乌市政府")
    for name, founded in (("义乌市个体劳动者协会", 1985), ("义乌市保护名牌产品联合会", 1995)):
        association = zh(g, name)
        assert value(g, association, CGKG.supportedBy) == government, name
        assert year(g, founding(g, association)) == founded, name


def test_government_departments_organise_lead_and_fund_industry_associations(g):
    # "与此同时,…为规范企业行为,一些政府部门开始组织行业协会,加强行业自律,促进对外联系。"
    departments = zh(g, "一些政府部门")
    associations = zh(g, "政府部门组织的行业协会", CGKG.ActorGroup)
    # None of them is named: the founding set up a group (cgkg:resultingGroup), no one organisation.
    (organised,) = g.subjects(CGKG.resultingGroup, associations)
    assert value(g, organised, CGKG.founder) == departments
    # 与此同时 follows "20世纪80年代,浙江省企业联合会…等民间组织先后成立": the beginning (开始) of the organising is
    # read as in the 1980s, so the founding is bounded by that decade, as the foundings beside it are.
    assert years(g, organised) == (None, 1980, 1989)
    assert value(g, organised, CGKG.periodNote) == Literal("20世纪80年代", lang="zh")
    # "政府部门往往会派员兼任行业协会的领导,并为行业协会提供资金等方面的支持;而行业协会的成立也有利于政府部门
    #  规范行业发展、进行行业统计等行业管理工作。"
    assert value(g, associations, CGKG.fundedBy) == departments == value(g, associations, CGKG.supportedBy)
    assert functions(g, associations) == {
        FUNCTION["self-regulation"], FUNCTION["external-cooperation"], FUNCTION["industry-statistics"]}
    # The staff often (往往) lead them: a membership in the group's associations (cgkg:inEachOf), its note keeping 往往.
    (leadership,) = [m for m in g.subjects(CGKG.inEachOf, associations) if (m, ORG.member, departments) in g]
    assert value(g, leadership, ORG.role) == ROLE.leader
    assert "往往" in notes(g, leadership)


def test_what_the_text_says_of_the_associations_in_general_is_cited(g):
    # "产业集群发达的温州,行业协会建设也走在全省乃至全国前列。"; "…促使温州的行业协会建设成效显著。";
    # "…温州行业协会的发展引起了全省乃至全国的关注。"
    wenzhou = AG["wenzhou-industry-associations"]
    assert {PSG["zj-wenzhou-associations-lead"], PSG["zj-wenzhou-associations-why"],
            PSG["zj-wenzhou-associations-attention"]} <= set(g.objects(wenzhou, CGKG.evidence))
    assert "走在全省乃至全国前列" in notes(g, wenzhou)
    # "浙江省内的行业协会的发展存在着明显的区域不平衡"; "不少行业协会,特别是那些从政府部门转化而来的行业协会仍具有
    #  明显的行政色彩。"; "…行业协会对政府依赖性较大,难以真正承担起因政府职能转变而赋予的职责…"
    across_zhejiang = zh(g, "浙江各地的行业协会")
    assert {PSG["zj-associations-uneven"], PSG["zj-associations-administrative"],
            PSG["zj-associations-dependent"]} <= set(g.objects(across_zhejiang, CGKG.evidence))
    assert "从政府部门转化而来的行业协会" in notes(g, across_zhejiang)


# ---------------------------------------------------------------------------
# Relations audit: what the text relates, the graph relates; readings of relations are noted
# ---------------------------------------------------------------------------


def test_wenzhou_associations_named_as_examples_are_members_of_the_group(g):
    # "…促使温州的行业协会建设成效显著。温州市剃须刀行业协会(1999年)、泵阀工业协会(2000年)、合成革商会(2000年)、
    #  拉链商会(2002年)等都是…推动建立的。"
    wenzhou = AG["wenzhou-industry-associations"]
    members = set(g.objects(wenzhou, FOAF.member))
    assert {AG["wenzhou-razor-association"], AG["wenzhou-pump-valve-association"],
            AG["wenzhou-synthetic-leather-chamber"], AG["wenzhou-zipper-chamber"]} <= members
    # Every association and chamber the text names as Wenzhou's is one of them; the federation is no such body.
    named = {a for a in g.subjects(CGKG.locatedIn, None) if str(a).startswith(str(AG))
             and any((a, RDF.type, c) in g for c in (CGKG.IndustryAssociation, CGKG.ChamberOfCommerce))
             and PL.wenzhou in ancestors(g, a)}
    assert members == named and len(named) == 12
    assert AG["wenzhou-federation-of-industry-and-commerce"] not in members
    # "浙江各地的行业协会…影响日益突出。温州市烟具协会…后成立的温州锁具、剃须刀等行业协会…";
    # "温州烟具协会、温州鞋革行业协会、舟山出口水产行业协会等在组织集群内企业应对国外反倾销调查等方面都发挥了重要作用"
    assert {AG["wenzhou-smoking-articles-association"], AG["wenzhou-locks-association"],
            AG["zhoushan-export-aquatic-products-association"]} <= set(
        g.objects(AG["zhejiang-industry-associations"], FOAF.member))
    # "…永康企业…借鉴了温州行业协会的经验,成立了电动车汽油车滑板车行业协会"
    founding_ = founding(g, zh(g, "永康电动车汽油车滑板车行业协会"))
    assert (founding_, PROV.wasInfluencedBy, wenzhou) in g
    # "1997年,国家经贸委在温州进行行业协会试点。"; "1999年,温州市出台了全国第一个行业协会管理办法"
    assert (EV["setc-wenzhou-association-pilot-1997"], CGKG.concerns, wenzhou) in g
    assert (INS["wenzhou-industry-association-measures-1999"], CGKG.concerns, wenzhou) in g
    # "2006年,浙江省出台《关于推进行业协会改革与发展的若干意见》"
    assert (INS["zhejiang-association-reform-opinions-2006"], CGKG.concerns, AG["zhejiang-industry-associations"]) in g


def test_readings_of_memberships_are_noted(g):
    # "不少没有许可证的小企业小作坊…加入正泰、德力西,成为正泰、德力西的车间或分厂…但各个企业拥有独立的产权":
    # many, not all, and each in one licence holder.
    for firm in (AG.chint, AG.delixi):
        (membership,) = [m for m in g.subjects(ORG.organization, firm)
                         if (m, ORG.member, AG["liushi-unlicensed-workshops"]) in g]
        assert "不少" in notes(g, membership) and "各个企业拥有独立的产权" in notes(g, membership), firm
    # "…并成立由乡镇工会、劳动、司法、工商、工办等机构人员组成的“职工代表巡视组”、“劳动争议调解组”、“安全卫生督查组”"
    changxing = [m for m in g.subjects(RDF.type, ORG.Membership) if str(m).startswith(str(REL) + "changxing-")
                 and (m, ORG.role, ROLE.constituent) in g]
    assert len(changxing) == 15
    assert all("人员" in notes(g, m) and "等" in notes(g, m) for m in changxing)


def test_the_jinhua_ham_brand_has_its_country_and_product_as_every_brand_does(g):
    # "金华火腿" names its product, ham; the brands of the Italian text have their country and sector too.
    brand = zh(g, "金华火腿", CGKG.Brand)
    assert value(g, brand, CGKG.country) == PL.china and value(g, brand, CGKG.sector) == SECTOR.ham
    brands = set(g.subjects(RDF.type, CGKG.Brand))
    assert all(value(g, b, CGKG.country) is not None for b in brands)
