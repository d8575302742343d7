"""What the canned queries answer, checked against the source texts: the order of the timeline, the
examples the query headers give, the coverage the descriptions promise, every means of a lead firm,
years that are only the bounds of a period, the upper bound of ranges, and sectors with their
narrower sectors. Each assertion quotes the passage it rests on."""

from __future__ import annotations

import json
import re
import shlex

import pytest
import rdflib
from rdflib.namespace import SKOS

import cgkg
from cgkg import canned, paths
from cgkg.cli import cli
from cgkg.output import TABULAR

ID = "https://w3id.org/cgkg/id/"
LIUSHI = ID + "cluster/liushi-low-voltage-electrical"
SECTOR = rdflib.Namespace(ID + "sector/")




OUTPUT_FORMATS = {f"--{fmt}" for fmt in TABULAR}  # the CLI's own list of output format options


def cli_rows(runner, *args):
    """Rows of `cgkg ARGS --json`, which must succeed."""
    result = runner.invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def by_id(rows, column, name):
    """The one row whose COLUMN ends with /NAME."""
    found = [r for r in rows if r[column].endswith("/" + name)]
    assert len(found) == 1, (name, found)
    return found[0]


# -- timeline ----------------------------------------------------------------------------------


def sort_year(row):
    """The year a row sorts by: its earliest year, else the latest one it can be in."""
    return row["year"] if row["year"] is not None else row["toYear"]


def test_timeline_puts_undated_events_after_the_dated_ones(kg):
    rows = kg.run("timeline")
    years = [sort_year(r) for r in rows]
    dated = [y for y in years if y is not None]
    assert dated and years[: len(dated)] == dated, "an undated event comes before a dated one"
    assert dated == sorted(dated)
    # "2004年以来,义乌市连续举办“义乌论坛”": the founding is by 2004 at the latest, and sorts with 2004.
    forum = by_id(rows, "event", "founding-yiwu-forum")
    assert (forum["year"], forum["toYear"]) == (None, 2004)
    assert rows.index(forum) < len(dated) and years[rows.index(forum)] == 2004
    # "从1977年上半年第一家低压电器门市部开始" - the earliest dated event comes first.
    assert rows[0]["event"] == ID + "event/liushi-first-shop-1977" and rows[0]["year"] == 1977
    # "就是由当地最大的一家纺织机械制造企业BECHERINI在普拉托工业联合会的鼓励下发起成立的" - the text gives
    # no date for the founding of TEXMA PRATO, so it comes after every dated event.
    texma = next(i for i, r in enumerate(rows) if r["event"].endswith("/texma-prato-founding"))
    assert rows[texma]["year"] is None and texma >= len(dated)


def test_timeline_shows_where_a_year_is_only_the_start_of_a_period(kg):
    rows = kg.run("timeline", lang="zh", place="pl:wenzhou", **{"from": "1985", "to": "1989"})
    # "20世纪80年代中后期,温州鞋一度成为假冒伪劣的代名词" - 1985 is the start of a period that ends in 1989.
    fake = by_id(rows, "event", "wenzhou-shoes-fake-byword")
    assert (fake["year"], fake["toYear"], fake["period"]) == (1985, 1989, "20世纪80年代中后期")


def test_a_year_range_holds_only_periods_wholly_inside_it(kg):
    # "20世纪80年代中后期" (1985-1989) may fall after 1985: a 1985-1985 range leaves it out.
    events = {r["event"].rsplit("/", 1)[1] for r in kg.run("timeline", place="pl:wenzhou", **{"from": "1985", "to": "1985"})}
    assert "wenzhou-shoes-fake-byword" not in events
    # "20世纪90年代初的区域性质量危机" (the early 1990s, read 1990-1993) is in 1990-1995, not in 1990-1991.
    def crisis_in(start, end):
        rows = kg.run("timeline", cluster=LIUSHI, **{"from": start, "to": end})
        return "liushi-quality-crisis-early-1990s" in {r["event"].rsplit("/", 1)[1] for r in rows}
    assert crisis_in("1990", "1995") and not crisis_in("1990", "1991")
    # "改革开放初期" gives the 挂户经营 practice no year: no range of years holds it.
    assert "guahu-jingying" not in {r["instrument"].rsplit("/", 1)[1] for r in kg.run("instruments", **{"from": "1949", "to": "2010"})}


def test_timeline_says_it_leaves_instruments_out(kg):
    # "1999年,温州市出台了全国第一个行业协会管理办法" is an instrument: the instruments query lists it,
    # the timeline does not, and the timeline's description says so instead of promising it.
    query = canned.get_query("timeline")
    assert "instruments" in query.description and "not" in query.description
    assert not query.summary.startswith("Dated")
    assert not any("/instrument/" in r["event"] for r in kg.run("timeline"))
    measures = by_id(kg.run("instruments", **{"from": "1999", "to": "1999"}), "instrument",
                     "wenzhou-industry-association-measures-1999")
    assert measures["year"] == 1999


# -- the examples a header gives return rows ----------------------------------------------------


@pytest.mark.parametrize("name", [q.name for q in canned.list_queries()])
def test_the_header_example_returns_rows(runner, name):
    query = canned.get_query(name)
    args = shlex.split(query.example)
    assert args[:3] == ["cgkg", "query", name]
    # The example's own output format gives way to --json, which these rows are read from.
    args = [arg for arg in args if arg not in OUTPUT_FORMATS]
    assert cli_rows(runner, *args[1:]), f"{query.example} returns no row"


def test_the_providers_description_asks_a_question_the_graph_answers(runner):
    # "For example, who provides testing and certification in Italy (--param …)?"
    description = canned.get_query("providers").description
    asked = re.search(r"\((--param [^)]*)\)", description)
    assert asked, description
    rows = cli_rows(runner, "query", "providers", *shlex.split(asked.group(1)))
    # "提供测试、质量检验、技术培训等服务的桌椅家具企业技术服务中心(CA T AS)"; "眼镜检验认证机构Certottica"
    assert {ID + "agent/catas", ID + "agent/certottica"} <= {r["actor"] for r in rows}


# -- evidence ----------------------------------------------------------------------------------


def test_evidence_includes_the_events_and_instruments_the_entity_takes_part_in(kg):
    rows = kg.run("evidence", entity="ag:chint")
    about = {r["about"] for r in rows}
    # "在20世纪90年代初的区域性质量危机中,政府采取许可生产的方式" - Chint holds the licence.
    assert ID + "instrument/liushi-production-licensing" in about
    # "不少没有许可证的小企业小作坊 … 加入正泰、德力西" - Chint takes part in the workshops joining it.
    assert ID + "event/liushi-workshops-join-lead-firms" in about
    quotes = {r["quote"] for r in rows}
    assert "在20世纪90年代初的区域性质量危机中,政府采取许可生产的方式,提高了低压电器行业的进入门槛,大量没有许可证的生产企业面临倒闭。" in quotes


def test_evidence_of_a_cluster_includes_the_events_that_concern_it(kg):
    quotes = {r["quote"] for r in kg.run("evidence", entity=LIUSHI)}
    # The 1990 rectification concerns the Liushi cluster.
    assert "这一次的清理,柳市全镇1267家低压电器门市部全部关闭,1544个家庭工业户歇业,359个旧货经营执照被吊销。" in quotes
    # "《人民日报》于1984年7月发表" - the 1984 article too.
    assert any("人民日报" in q for q in quotes)


def test_evidence_leaves_out_named_entities_that_merely_point_to_it(kg):
    # Chint is located in Liushi, but its own passages are about Chint, not about the town:
    # "在柳市低压电器、平湖光机电等产业集群内部,正泰、德力西、日本芝浦等龙头企业往往通过各种股权关系,支配相关企业的生产运营。"
    rows = kg.run("evidence", entity="pl:liushi")
    assert rows and {r["about"] for r in rows} == {ID + "place/liushi"}
    description = canned.get_query("evidence").description
    assert "not included" in description and "n-ary facts, events and figures that involve it" not in description


# -- cluster-profile ---------------------------------------------------------------------------


def test_cluster_profile_lists_every_means_of_a_lead_firm(kg):
    rows = kg.run("cluster-profile", cluster="柳市低压电器")
    chint = [r for r in rows if r["aspect"] == "lead firm" and r["item"] == ID + "agent/chint"]
    assert len(chint) == 1
    # "正泰、德力西…通过各种股权关系,支配相关企业"; "联系主要靠品牌租金和生产许可证维系" (the two routes the
    # text gives with 或者…或者 are the firms' together, not Chint's: they are not its means).
    assert chint[0]["detail"].split("; ") == ["brand and licence rent", "equity relations"]
    # The same means as the lead-firms query gives for the same leadership.
    lead = by_id(kg.run("lead-firms", cluster=LIUSHI), "firm", "chint")
    assert lead["means"] == chint[0]["detail"]


def test_cluster_profile_figures_show_their_period_and_bound_as_figures_does(kg):
    rows = kg.run("cluster-profile", lang="zh", cluster="clu:shuitou-tanning")
    figures = {r["item"].rsplit("/", 1)[1]: r for r in rows if r["aspect"] == "figure"}
    # "平阳水头在20世纪90年代集中了1260多家制革企业,平均每天加工猪皮3万多张,从业人员达到8万多人"
    tanneries = figures["shuitou-tanneries-1990s"]
    assert tanneries["label"] == "企业数量: 1260 家"
    assert (tanneries["detail"], tanneries["year"], tanneries["toYear"], tanneries["period"]) == (
        "多于", 1990, 1999, "20世纪90年代")
    assert {r["detail"] for r in figures.values()} == {"多于"}
    # The figures query says the same of the same figure.
    same = by_id(kg.run("figures", lang="zh", subject="clu:shuitou-tanning"), "figure", "shuitou-tanneries-1990s")
    assert (same["bound"], same["year"], same["toYear"], same["period"]) == ("多于", 1990, 1999, "20世纪90年代")


def test_cluster_profile_keeps_the_years_of_its_liushi_facts(kg):
    rows = kg.run("cluster-profile", cluster=LIUSHI)
    # "从1977年上半年第一家低压电器门市部开始,到1984年猛增到1000多家家庭作坊制企业"
    firms = [r for r in rows if r["aspect"] == "figure"]
    assert [(r["label"], r["detail"], r["year"]) for r in firms] == [("number of firms: 1000 firms", "more than", 1984)]
    # "从1977年上半年第一家低压电器门市部开始" - market-type from 1977; the text gives it no end year, and
    # the leader type, formed "在后续的演化中", no start year: it comes after the dated mode.
    modes = [r for r in rows if r["aspect"] == "governance mode"]
    assert [(r["item"].rsplit("/", 1)[1], r["year"], r["toYear"]) for r in modes] == [
        ("market-type", 1977, None), ("leader-equity", None, None)]


# -- recommendations ---------------------------------------------------------------------------


def test_recommendations_to_a_kind_of_actor_include_its_sub_kinds(kg):
    associations = {r["recommendation"] for r in kg.run("recommendations", addressee="cgkg:Association")}
    industry = {r["recommendation"] for r in kg.run("recommendations", addressee="cgkg:IndustryAssociation")}
    # "引导和支持产业集群发展行业协会(商会、同业公会)" and "全社会要加强宣传引导,鼓励企业积极加入行业协会。"
    # are addressed (also) to industry associations, a kind of association.
    assert industry and industry <= associations
    assert ID + "recommendation/zhejiang-firms-join-associations" in associations
    # Associations, government bodies, unions and markets are all governance actors: the wider kind
    # finds more recommendations than the narrower one.
    assert len(kg.run("recommendations", addressee="cgkg:GovernanceActor")) > len(associations)


# -- instruments -------------------------------------------------------------------------------


def test_instruments_show_the_period_behind_a_year(kg):
    rows = kg.run("instruments", lang="zh")
    # "改革开放初期 … 浙江各地先后出现了“挂户经营”、“戴红帽子”等举措" - the text's words, and no year.
    for name in ("guahu-jingying", "dai-hong-maozi"):
        row = by_id(rows, "instrument", name)
        assert (row["year"], row["toYear"], row["period"]) == (None, None, "改革开放初期")
    # "温州市烟具协会成立后不久就出台了《行业维权公约》" - 1991 only because the association was founded then.
    convention = by_id(rows, "instrument", "wenzhou-smoking-articles-rights-convention")
    assert (convention["year"], convention["period"]) == (1991, "成立后不久")
    # "1990年5月30日国务院办公厅又转发了…的通知" - an exact date has no period.
    notice = by_id(rows, "instrument", "state-council-notice-1990")
    # An exact year is both the earliest and the latest.
    assert (notice["year"], notice["date"], notice["toYear"], notice["period"]) == (1990, "1990-05-30", 1990, None)
    # "成立后不久" after the 1991 founding: 1991 is the earliest year, and the text gives no latest.
    assert convention["toYear"] is None
    # Undated instruments come after the dated ones.
    years = [sort_year(r) for r in rows]
    dated = [y for y in years if y is not None]
    assert years[: len(dated)] == dated == sorted(dated)


# -- figures -----------------------------------------------------------------------------------


def test_figures_show_the_upper_bound_of_a_range(kg):
    rows = kg.run("figures", subject="ag:italian-real-service-centres")
    # "鉴于意大利的许多服务中心往往拥有10~20多年的历史"
    age = by_id(rows, "figure", "italian-real-service-centres-age")
    # 20多 ("twenty-odd") is read as at most 29, as 数百 is read as 200-900.
    assert (age["value"], age["bound"], age["maxValue"]) == (10, "range", 29)
    # "在20世纪末,意大利的56个产业区就确定了130多家“真实服务中心”" - figures that are not ranges have no
    # upper bound; "20世纪末" is a period (1995-2000 in the data), not the year 1995.
    count = by_id(rows, "figure", "italian-real-service-centres-count")
    assert (count["value"], count["bound"], count["maxValue"], count["period"]) == (130, "more than", None, "20世纪末")
    assert all(r["maxValue"] is None for r in rows if r["bound"] != "range")
    assert age["unit"] == "years"


def test_figures_give_the_unit_of_their_measure(kg):
    # "省、市、县组成工作组,在柳市蹲点,历时5个月之久": five months, in the language asked for.
    for lang, unit in (("en", "months"), ("zh", "个月"), ("it", "mesi")):
        rows = kg.run("figures", lang=lang, subject="ev:liushi-rectification-1990")
        duration = by_id(rows, "figure", "liushi-rectification-duration")
        assert (duration["value"], duration["unit"]) == (5, unit)
    # "投资1100万元": the investment is in yuan.
    investment = by_id(kg.run("figures", measure="measure:investment"), "figure", "wenzhou-synthetic-leather-centre-investment")
    assert (investment["value"], investment["unit"]) == (11000000, "yuan (CNY)")
    # Every figure has one: each measure states its unit (the shapes require it).
    assert all(r["unit"] for r in kg.run("figures"))


# -- clusters and the sector vocabulary ---------------------------------------------------------


def test_clusters_of_a_sector_include_its_narrower_sectors(kg):
    footwear = {r["cluster"].rsplit("/", 1)[1] for r in kg.run("clusters", lang="zh", sector="鞋业")}
    # "蒙特贝路纳(Montebelluna)运动鞋产业区的泰尼卡(Tecnica)公司"; "佛罗伦萨皮革鞋业产业区的古奇(Gucci)公司"
    assert {"montebelluna-sports-footwear", "firenze-leather-footwear", "wenzhou-footwear"} <= footwear
    textiles = {r["cluster"].rsplit("/", 1)[1] for r in kg.run("clusters", sector="sector:textiles")}
    # "2003年,以海宁市经编协会为基础成立了浙江省经编行业协会"; "浙北的家纺产业则分布在海宁许村、桐乡大麻与余杭等地";
    # "11个重点监管区涉及台州化工、萧山印染 …"
    assert {"haining-warp-knitting", "zhebei-home-textiles", "xiaoshan-printing-and-dyeing",
            "prato-textiles", "biella-wool-textiles", "carpi-knitwear"} <= textiles
    # Narrower, not wider: a footwear filter finds no textile cluster, nor the reverse.
    assert not footwear & textiles


def test_clusters_list_all_their_sectors_whatever_the_filter(kg):
    # "1994年,在Prato毛纺、Carpi针织 …" - Prato is a wool-textiles district, listed with both of its sectors.
    for sector in ("sector:textiles", "sector:wool-textiles", None):
        rows = kg.run("clusters", **({"sector": sector} if sector else {}))
        prato = by_id(rows, "cluster", "prato-textiles")
        assert prato["sectorLabel"] == "textiles; wool textiles", sector


def test_narrower_sectors_are_kinds_of_their_broader_sector_by_their_own_label():
    graph = rdflib.Graph().parse(paths.DATA_DIR / "sectors.ttl", format="turtle")
    links = {(s, o) for s, o in graph.subject_objects(SKOS.broader)}
    assert (SECTOR["sports-footwear"], SECTOR.footwear) in links
    assert (SECTOR["leather-footwear"], SECTOR.footwear) in links
    assert (SECTOR["wool-textiles"], SECTOR.textiles) in links
    scheme = SECTOR.scheme
    tops = set(graph.objects(scheme, SKOS.hasTopConcept))
    for narrower, broader in links:
        # Inside the sector scheme, never circular, and a narrower sector is not a top concept.
        assert (broader, SKOS.inScheme, scheme) in graph, broader
        assert narrower not in tops and (narrower, SKOS.topConceptOf, scheme) not in graph, narrower
        assert (broader, narrower) not in links
    # Every concept of the scheme is either a top concept or narrower than one.
    concepts = set(graph.subjects(SKOS.inScheme, scheme))
    assert concepts == tops | {n for n, _ in links}


def test_recommendations_come_in_the_order_the_text_makes_them(kg):
    # The opening paragraph ends "但是意大利产业区与“意大利制造”…仍然值得浙江借鉴与学习"; section (二) opens with
    # "浙江产业集群作为大量中小企业集中的产业组织,…" (the multi-core clusters recommendation), then Stigler
    # ("斯蒂格勒认为,…") on consolidation around large firms.
    names = [r["recommendation"].rsplit("/", 1)[1] for r in kg.run("recommendations")]
    assert names[:3] == ["zhejiang-learn-from-italian-districts", "zhejiang-multi-core-clusters",
                         "zhejiang-consolidation-around-large-firms"]
    # A recommendation may also quote the Italian practice it draws on (section (一)); its place in the
    # text is that of its first passage that is not one of the practice's, if it has one.
    starts = []
    for name in names:
        practices = {row["p"] for row in kg.sparql(
            "PREFIX cgkg: <https://w3id.org/cgkg/ontology#> SELECT ?p WHERE { "
            f"<https://w3id.org/cgkg/id/recommendation/{name}> cgkg:drawsOn/cgkg:evidence ?p }}").records()}
        quoted = kg.show("rec:" + name)["evidence"]
        own = [passage["start"] for passage in quoted if passage["passage"] not in practices]
        starts.append(min(own or [passage["start"] for passage in quoted]))
    assert starts == sorted(starts)


def test_members_sort_whatever_the_case_of_their_labels(kg):
    # "国家七部局联合省、市、县组成工作组": "seven national ministries …" comes before "Wenzhou …".
    labels = [r["memberLabel"] for r in kg.run("members", organisation="ag:liushi-work-group-1990")]
    assert labels == sorted(labels, key=str.lower) and labels[0].startswith("seven")


# -- labels in a language the text rarely prints ------------------------------------------------
@pytest.mark.parametrize("name", [q.name for q in canned.list_queries()])
def test_italian_labels_fall_back_to_english_so_no_cell_goes_blank(kg, example_values, name):
    # The texts print Italian names for few things (e.g. "Promosedia", "CITER"; none for any Zhejiang
    # cluster), so --lang it shows the English label wherever there is no Italian one: a column is
    # empty in Italian exactly where it is empty in English.
    query = canned.get_query(name)
    listing = [] if any(p.required for p in query.params) else [{}]
    for params in listing + [example_values(query)[0]]:
        english, italian = kg.run(name, lang="en", **params), kg.run(name, lang="it", **params)
        assert english, f"{name} answers nothing with {params}, so there is nothing to compare"
        assert len(italian) == len(english), params
        for column in query_columns(english):
            blank = lambda rows: sum(1 for row in rows if row.get(column) in (None, ""))  # noqa: E731
            assert blank(italian) == blank(english), (params, column)


def query_columns(rows):
    return sorted({column for row in rows for column in row})


def test_a_zhejiang_cluster_has_its_english_label_when_italian_is_asked_for(kg):
    # "柳市低压电器" is printed in Chinese only; the graph gives it no Italian name, so an Italian
    # listing shows its English label rather than nothing.
    rows = kg.run("clusters", lang="it", country="pl:china")
    assert by_id(rows, "cluster", "liushi-low-voltage-electrical")["label"] == "Liushi low-voltage electrical cluster"


def test_search_and_cards_fall_back_to_english_labels_too(kg):
    hits = {hit["id"]: hit["label"] for hit in kg.search("柳市低压电器", lang="it")}
    assert hits[LIUSHI] == "Liushi low-voltage electrical cluster"
    card = kg.show(LIUSHI, lang="it")
    country = next(fact for fact in card["facts"] if fact["property"].endswith("#country"))
    assert country["valueLabel"] == "China"  # the text names China only in Chinese (中国)


def test_problems_show_the_year_or_period_the_text_gives_an_incidence(kg):
    rows = kg.run("problems", problem="problem:pollution")
    # "2004年10月,浙江省推出了…“811”环境污染整治3年行动…其中11个重点监管区涉及台州化工、萧山印染、平阳水头制革,长兴蓄电池等产业集群。"
    # 2004 dates the campaign, not the pollution: the latest year the pollution can have begun.
    taizhou = by_id(rows, "incidence", "taizhou-chemicals-pollution")
    assert (taizhou["year"], taizhou["toYear"]) == (None, 2004)
    # "在普拉托产业区面临市场危机时" gives the crisis no time ("20世纪90年代" dates the committee founded to
    # overcome it), so the incidence has neither years nor a period.
    prato = by_id(kg.run("problems", cluster="clu:prato-textiles"), "incidence", "prato-textiles-market-crisis")
    assert (prato["year"], prato["toYear"], prato["period"]) == (None, None, None)
    # Undated incidences (neither a year nor a latest year) come after the dated ones.
    dated = [row["year"] is not None or row["toYear"] is not None for row in rows]
    assert False in dated and dated.index(False) > max(i for i, is_dated in enumerate(dated) if is_dated)


def test_an_actor_of_no_class_has_no_kind_in_providers(tmp_path):
    # The kinds come from a table of class labels joined on the actor's class: an untyped actor must
    # join none of it, not every class.
    extra = tmp_path / "untyped.ttl"
    extra.write_text('<https://w3id.org/cgkg/id/agent/untyped> <https://w3id.org/cgkg/ontology#providesFunction> '
                     '<https://w3id.org/cgkg/id/function/trade-fairs> ;\n'
                     '    <http://www.w3.org/2004/02/skos/core#prefLabel> "untyped fair organiser"@en .\n', encoding="utf-8")
    rows = cgkg.open_graph([extra], in_memory=True).run("providers", function="function:trade-fairs")
    untyped = [row for row in rows if row["actor"] == "https://w3id.org/cgkg/id/agent/untyped"]
    assert [row["kind"] for row in untyped] == [None]
    assert by_id(rows, "actor", "promotrade")["kind"] == "consortium"


def test_members_of_a_group_of_organisations_are_those_of_each(kg):
    # "产业区委员会既有地方政府成员的参与,也有相关的商会、行业协会、联合体和真实服务中心的参与,还也有大量的私有部门参加。"
    # The committees are named together, none singly: their members are held in each of them.
    rows = kg.run("members", organisation="ag:italian-district-committees")
    assert {row["member"] for row in rows if row["role"] == "member"} == {ID + "agent/" + slug for slug in (
        "italian-local-governments", "italian-chambers-of-commerce", "italian-industry-associations",
        "italian-district-consortia", "italian-real-service-centres", "italian-district-committees-private-sector")}
    # "…在内的产业区委员会(District Committee)": Maniago's is one of the committees (foaf:member), with no role.
    assert {row["member"] for row in rows if row["role"] is None} == {ID + "agent/maniago-district-committee"}


def test_members_of_a_union_form_are_the_unions_the_text_says_are_of_it(kg):
    # 2003年8月,新河镇“羊毛衫行业工会”成立: one of the 行业工会 (industry unions), a form the text names.
    rows = kg.run("members", organisation="ag:zhejiang-industry-unions")
    assert [(row["member"], row["role"]) for row in rows] == [(ID + "agent/xinhe-woollen-sweater-industry-union", None)]
