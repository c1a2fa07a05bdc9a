"""Quality on the made-up clusters with gold (tests/data/madeup/<event>, gold in
tests/data/madeup_gold/<event>), as bench/quality.py prints it in its third table: the
subtotal figures reached are guarded here so that a change that loses them fails.

These texts were written by the sessions that fixed what they show, so the table is not held
out; it is a wider net than the six real dev clusters (the 27 made-up events of sessions 5-11:
figure updates, denials, rebuttals, two sides' accounts, wire copies with a new top, live
blogs, transcripts). The floors and caps are the figures measured when the gold was written
(session 12), exact: a change that moves one says so here, with the reason, as
tests/test_quality_dev.py does. Since session 25 the floors sum over the clusters a session
may tune on only: the held-out blind clusters (tests/data/madeup/HELD_OUT.txt) are checked
here for their gold (anchors, sizes) but guard no figure, so no change is kept or dropped by
what it does to them; the lead reads their subtotal at a session's end.
"""

from __future__ import annotations

import sys
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import pytest
import shared_reports  # tests/ is on sys.path (rootdir conftest)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "data" / "annotated"))
sys.path.insert(0, str(ROOT / "tests" / "data" / "dev"))

from check_annotated import check  # noqa: E402
from check_expectations import check_against  # noqa: E402
from quality import main, score_madeup  # noqa: E402
from quality_lib import (  # noqa: E402
    MADEUP_GOLD,
    ClusterScore,
    annotated,
    annotated_articles,
    events,
    gold_size,
    load_annotated_expectations,
    madeup,
    pair_prf,
    score_report,
    tunable,
)

from consensus.render import render_markdown  # noqa: E402

# event -> (gold agreed facts, gold disputes): the gold's size, so that an edit of the gold
# is deliberate (and the floors below are re-measured with it)
GOLD = {
    "airstrike": (7, 3),
    "appeal": (6, 2),
    # session 16 (blindA16): written blind, five longer reports each
    "blind_layoffs": (23, 6),
    "blind_match": (24, 6),
    "blind_ruling": (29, 6),
    "breach": (6, 2),
    "blind_drug": (21, 5),
    "blind_flood": (19, 7),
    "blind_shooting": (26, 5),
    # session 16 (blindD16): the second blind batch, measured on the code after round one's
    # fixes and never fixed for
    "blind_acquisition": (19, 6),
    "blind_storm": (22, 5),
    "blind_trial": (20, 4),
    # session 16 (blindC16): second blind batch, six reports each
    "blind_election": (30, 8),
    "blind_hack": (19, 7),
    "blind_strike": (24, 7),
    # session 17 (blindE17): third blind batch, five or six reports each
    "blind_bank": (23, 7),
    "blind_derail": (25, 7),
    "blind_quake": (25, 9),
    # session 17 (blindF17): third blind batch, six reports each, measured as written
    "blind_mine": (19, 6),
    "blind_protest": (19, 9),
    "blind_scandal": (19, 7),
    # session 17 (blindG17): the fourth blind batch, five reports each, measured as written
    # on the session's end state and never fixed for
    "blind_crush": (20, 7),
    "blind_ferry": (21, 10),
    "blind_tradetalks": (16, 5),
    # session 17 (blindH17): the fifth blind batch, five reports each, measured as written
    # on the session's end state and never fixed for
    "blind_heist": (15, 3),
    "blind_outage": (18, 6),
    "blind_poisoning": (19, 6),
    # session 18 (blindI18): the sixth blind batch, five reports each, measured as written
    "blind_bankruptcy": (21, 6),
    "blind_landslide": (18, 5),
    "blind_spill": (21, 6),
    # session 18 (blindJ18): the seventh blind batch, five reports each, measured as written
    # on the session's start commit and never fixed for
    "blind_carrecall": (16, 6),
    "blind_eruption": (18, 5),
    "blind_kidnap": (22, 5),
    # session 19 (blindM19): a blind batch written as training data for the link model, five
    # reports each, measured as written on the session's start commit and never fixed for
    "blind_avalanche": (25, 6),
    "blind_collapse": (19, 6),
    "blind_fraud": (20, 4),
    # session 19 (blindL19): a blind batch written as training data, five reports each,
    # measured as written on the session's start commit
    "blind_coup": (17, 5),
    "blind_ipo": (23, 2),
    "blind_pipeline": (21, 5),
    # session 19 (blindK19): the eighth blind batch, five reports each, measured as written
    # on the session's start commit (db0147c) and never fixed for
    "blind_blast": (17, 4),
    "blind_ceasefire": (21, 5),
    "blind_escape": (19, 8),
    # session 19 (blindN19): the last blind batch of the session, five reports each,
    # measured as written on the final code and never fixed for
    "blind_dataleak": (14, 4),
    "blind_heatdeaths": (12, 3),
    "blind_strikeban": (13, 3),
    # session 19 (blindO19): one more blind batch, five reports each, measured as written
    # on the session's final code (578a7b1) and never fixed for
    "blind_hospitalfire": (24, 4),
    "blind_oilcut": (22, 2),
    "blind_recallvote": (21, 5),
    # session 20 (blindQ20): a blind batch written as training data, five reports each,
    # measured as written on the session's start commit (c544772) and never fixed for
    "blind_racismrow": (24, 3),
    "blind_sanctions": (21, 3),
    "blind_stabbing": (23, 6),
    # session 20 (blindP20): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (c544772) and never fixed for
    "blind_busplunge": (19, 4),
    "blind_spyexpel": (16, 3),
    "blind_takeover": (18, 3),
    # session 20 (blindR20): one more blind batch, five reports each, measured as written on
    # the session's final code (2cdfd0b) and never fixed for
    "blind_chipexport": (18, 4),
    "blind_dambreach": (20, 6),
    "blind_hunger": (18, 3),
    # session 21 (blindS21): a held-out blind batch, measured as written on 6f423c5
    "blind_vaccinebatch": (21, 4),
    "blind_devaluation": (20, 3),
    "blind_embassy": (25, 7),
    # session 21 (blindT21): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (6f423c5) and never fixed for
    "blind_cablecut": (27, 5),
    "blind_factoryfire": (22, 6),
    "blind_referee": (28, 5),
    # session 22 (blindU22): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (05e9c70) and never fixed for
    "blind_bridgefail": (23, 6),
    "blind_prisonriot": (22, 4),
    "blind_ratecut": (23, 4),
    # session 22 (blindV22): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (05e9c70) and never fixed for
    "blind_wildfirevac": (24, 4),
    "blind_airlinestrike": (19, 4),
    "blind_mayorarrest": (20, 4),
    # session 23 (blindW23): a blind batch held out of the whole session, five or six reports
    # each, measured as written on the session's start commit (b19369a) and never fixed for
    "blind_gasleak": (20, 4),
    "blind_pensionvote": (20, 5),
    "blind_coachsacked": (16, 4),
    # session 23 (blindX23): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (b19369a) and never fixed for
    "blind_helicrash": (23, 4),
    "blind_mergerblock": (22, 5),
    "blind_recount": (22, 4),
    # session 24 (blindY24): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (35072f9) and never fixed for
    "blind_borderclash": (23, 8),
    "blind_drugrecall": (19, 5),
    "blind_tunnelflood": (18, 6),
    # session 24 (blindZ24): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (35072f9) and never fixed for
    "blind_landgrab": (20, 3),
    "blind_rocketfail": (21, 3),
    "blind_studyretract": (18, 4),
    # session 25 (blindA25): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (6094194) and never fixed for
    "blind_turbulence": (20, 5),
    "blind_bankfine": (15, 4),
    "blind_cruiseoutbreak": (17, 4),
    # session 25 (blindB25): a blind batch held out of the whole session, five reports each,
    # measured as written on the session's start commit (6094194) and never fixed for
    "blind_ministerquit": (21, 6),
    "blind_reactorleak": (18, 5),
    "blind_wagedeal": (20, 4),
    # session 26 (blindA26): a blind batch, five reports each, held out
    "blind_boilwater": (24, 5),
    "blind_fishclash": (24, 7),
    "blind_paintings": (22, 7),
    # session 26 (blindB26): a blind batch, five reports each, held out
    "blind_sinkhole": (25, 7),
    "blind_pricehike": (20, 7),
    "blind_fanriot": (25, 6),
    # session 27 (blindA27): a blind batch, five reports each, held out
    "blind_sentencing": (24, 6),
    "blind_zooescape": (25, 7),
    "blind_portblockade": (22, 7),
    # session 27 (blindB27): a blind batch, five reports each, held out
    "blind_weddingfood": (25, 7),
    "blind_stadiumroof": (25, 6),
    "blind_councilvote": (25, 6),
    # session 28 (blindA28): a blind batch, five reports each, held out
    "blind_airportdrones": (25, 6),
    "blind_teacherballot": (24, 7),
    "blind_sportsfine": (24, 6),
    # session 28 (blindB28): a blind batch, five reports each, held out
    "blind_taxvote": (23, 7),
    "blind_museumfire": (22, 7),
    "blind_lottery": (19, 7),
    # session 29 (blindA29): a blind batch, five reports each, held out
    "blind_birdflu": (22, 6),
    "blind_cranecollapse": (23, 6),
    "blind_examleak": (20, 7),
    # session 29 (blindB29): a blind batch, five reports each, held out
    "blind_hikersearch": (24, 6),
    "blind_algaebeach": (22, 6),
    "blind_spectrumauction": (24, 6),
    # session 30 (blindA30): a blind batch, five reports each, held out
    "blind_festivalcancel": (21, 7),
    "blind_meteorite": (23, 7),
    "blind_mistrial": (23, 7),
    # session 30 (blindB30): a blind batch, five reports each, held out
    "blind_ceoexit": (24, 7),
    "blind_drought": (24, 7),
    "blind_marathon": (23, 6),
    # session 31 (blindB31): held out, written blind
    "blind_plantclosure": (26, 5),
    "blind_hospitalwait": (24, 5),
    "blind_wolfcull": (24, 6),
    # session 31 (blindA31): held out, written blind
    "blind_asbestos": (26, 7),
    "blind_strandedwhales": (26, 6),
    "blind_chesscheat": (26, 5),
    # session 32 (blindB32): held out, written blind
    "blind_rabiescase": (25, 7),
    "blind_ticketscam": (23, 8),
    "blind_windfarmvote": (25, 8),
    # session 32 (blindA32): held out, written blind
    "blind_moldschool": (26, 8),
    "blind_solarsubsidy": (25, 7),
    "blind_jockeyban": (25, 6),
    # session 33 (blindB33): held out, written blind
    "blind_coralbleach": (24, 6),
    "blind_medshortage": (22, 5),
    "blind_cyclistinquest": (28, 6),
    # session 33 (blindA33): held out, written blind
    "blind_rentfreeze": (26, 6),
    "blind_dogattack": (26, 7),
    "blind_grainembargo": (26, 6),
    # session 34 (blindA34): held out, written blind
    "blind_bankrun": (26, 7),
    "blind_heritagedemolition": (24, 7),
    "blind_poolchlorine": (22, 7),
    # session 34 (blindB34): held out, written blind
    "blind_bookban": (26, 7),
    "blind_lostcargo": (26, 7),
    "blind_smogalert": (25, 8),
    # session 35 (blindA35): held out, written blind
    "blind_canalbreach": (26, 6),
    "blind_refinerystrike": (23, 8),
    "blind_satellitecrash": (26, 6),
    # session 35 (blindB35): held out, written blind
    "blind_datacentrewater": (26, 6),
    "blind_organtheft": (25, 5),
    "blind_fireworksban": (25, 6),
    # session 36 (blindA36): held out, written blind
    "blind_skiliftstop": (27, 8),
    "blind_seedfraud": (26, 8),
    "blind_libraryclose": (24, 8),
    # session 36 (blindB36): held out, written blind
    "blind_salmonescape": (26, 8),
    "blind_pesticidedrift": (26, 8),
    "blind_visadelay": (22, 8),
    # session 37 (blindA37): written blind, held out
    "blind_vineyardfrost": (33, 8),
    "blind_tollrise": (33, 7),
    "blind_sharksighting": (35, 9),
    # session 37 (blindB37): written blind, held out
    "blind_parkingfines": (27, 9),
    "blind_towerevacuation": (30, 8),
    "blind_timetablechaos": (27, 9),
    # session 38 (blindA38): written blind, held out
    "blind_locustswarm": (32, 7),
    "blind_tuitionrise": (26, 6),
    "blind_cattleban": (34, 7),
    # session 38 (blindB38): written blind, held out
    "blind_antiquities": (26, 8),
    "blind_bidwithdraw": (25, 7),
    "blind_labbreakin": (25, 7),
    # session 39 (blindA39): written blind, held out
    "blind_balloonlanding": (28, 6),
    "blind_minimumwage": (27, 6),
    "blind_carbonrebate": (27, 6),
    # session 39 (blindB39): written blind, held out
    "blind_maternityclose": (23, 5),
    "blind_fakemeds": (22, 5),
    "blind_riderpay": (18, 6),
    # session 40 (blindA40): written blind, held out
    "blind_metrosmoke": (22, 5),
    "blind_giftcards": (20, 5),
    "blind_fossilfind": (22, 5),
    "budget": (4, 3),
    "death": (6, 1),
    "earnings": (3, 4),
    "election": (9, 2),
    "expulsion": (5, 2),
    "football": (6, 3),
    "merger": (5, 2),
    "outbreak": (6, 3),
    "planecrash": (2, 2),
    "protest": (8, 3),
    "ratehike": (6, 3),
    "recall": (3, 2),
    "rescue": (6, 3),
    "resignation": (5, 3),
    "seats": (4, 3),
    "shooting": (5, 2),
    "sinking": (9, 2),
    "study": (5, 2),
    "summit": (6, 3),
    "tariff": (3, 1),
    "transfer": (5, 1),
    "typhoon": (4, 3),
    "verdict": (5, 2),
    "wildfire": (4, 3),
    "blind_wrongraid": (21, 5),
    "blind_plagiarism": (19, 6),
    "blind_milkdump": (22, 5),
    "blind_trawlersearch": (24, 5),
    "blind_waterbills": (22, 5),
    "blind_scooterban": (20, 6),
    "blind_districtheat": (26, 5),
    "blind_pointsdeduction": (25, 5),
    "blind_dronefall": (26, 5),
    # session 42 (blindA42, blindB42): written blind
    "blind_ransomware": (22, 6),
    "blind_jobsrevision": (20, 5),
    "blind_expenses": (20, 6),
    "blind_regrade": (20, 5),
    "blind_hygieneclose": (23, 5),
    "blind_airlinefold": (20, 5),
    # session 43 (blindA43): written blind
    "blind_bikeshare": (22, 6),
    "blind_mealcontract": (23, 5),
    "blind_paytestimony": (22, 5),
    # session 43 (blindB43): written blind
    "blind_trialpause": (26, 6),
    "blind_namingrights": (27, 5),
    "blind_snowjam": (26, 5),
    "blind_emissionsfine": (22, 6),
    "blind_postoffices": (25, 6),
    "blind_hailstorm": (22, 6),
    # session 44 (blindB44): written blind
    "blind_pierstrike": (25, 5),
    "blind_vetooverride": (26, 5),
    "blind_stadiummove": (25, 6),
    # session 45 (blindB45): written blind
    "blind_telescopefault": (26, 6),
    "blind_pricefixing": (25, 6),
    "blind_floodbarrier": (25, 6),
    # session 45 (blindA45): written blind
    "blind_conductorfired": (26, 6),
    "blind_heatpumpgrant": (23, 6),
    "blind_ferrycollision": (26, 6),
    # session 46 (blindA46): written blind
    "blind_sewageoverflow": (25, 6),
    "blind_artforgery": (26, 6),
    "blind_busdrivers": (22, 5),
    # session 46 (blindB46): written blind
    "blind_quarryblast": (21, 6),
    "blind_turbineblade": (21, 5),
    "blind_ballotmisprint": (23, 6),
    # session 47 (blindB47): written blind
    "blind_crimestats": (23, 6),
    "blind_energycap": (21, 5),
    "blind_clublicence": (27, 6),
    # session 47 (blindA47): written blind
    "blind_baggagejam": (26, 6),
    "blind_fishkill": (25, 6),
    "blind_elephantdeath": (23, 5),
    # session 48 (blindA48): written blind
    "blind_steamgala": (22, 6),
    "blind_teacherfund": (21, 5),
    "blind_stonecurlew": (22, 6),
    # session 48 (blindB48): written blind
    "blind_admissionsglitch": (22, 5),
    "blind_ferrycrew": (21, 6),
    "blind_embryomixup": (22, 5),
    # session 49 (blindA49): written blind
    "blind_coasterstall": (25, 6),
    "blind_insulinovercharge": (23, 5),
    "blind_linesparkfire": (24, 6),
    # session 49 (blindB49): written blind
    "blind_wrongblood": (27, 6),
    "blind_eggprices": (25, 6),
    "blind_stagedhunt": (26, 6),
    # session 50 (blindA50): written blind
    "blind_watermainflood": (25, 6),
    "blind_ballastmussel": (26, 6),
    "blind_cargooverrun": (26, 6),
    # session 50 (blindB50): written blind
    "blind_developerbust": (25, 6),
    "blind_psalterreturn": (23, 6),
    "blind_censusdispute": (24, 6),
    # session 51 (blindB51): written blind
    "blind_cashvideo": (26, 6),
    "blind_labsuspend": (25, 6),
    "blind_emergencywing": (26, 6),
    # session 51 (blindA51): written blind
    "blind_tankerslip": (26, 6),
    "blind_presentersuspend": (26, 6),
    "blind_routesubsidy": (26, 6),
    # session 52 (blindA52): written blind
    "blind_ammoniarink": (25, 5),
    "blind_mayorcartrips": (24, 6),
    "blind_bargebridge": (27, 6),
    # session 52 (blindB52): written blind
    "blind_legionellaward": (26, 6),
    "blind_hiddenmotor": (27, 6),
    "blind_stagegust": (26, 6),
    # session 53 (blindB53): written blind
    "blind_bearloan": (26, 6),
    "blind_gpresign": (26, 6),
    "blind_yachtcapsize": (26, 6),
    # session 53 (blindA53): written blind
    "blind_surgeryoutage": (26, 6),
    "blind_gallerypaint": (27, 6),
    "blind_fishlorry": (26, 6),
    # session 54 (blindA54): written blind
    "blind_vetbilling": (26, 6),
    "blind_smokeschools": (27, 6),
    "blind_orchestradebt": (26, 6),
    # session 54 (blindB54): written blind
    "blind_liftplunge": (27, 6),
    "blind_partydefect": (27, 6),
    "blind_harbourdredge": (27, 6),
    # session 55 (blindB55): written blind
    "blind_schoolmerger": (26, 6),
    "blind_hotelblaze": (27, 6),
    "blind_matchfixing": (27, 6),
    # session 55 (blindA55): written blind
    "blind_tramfares": (25, 6),
    "blind_beekill": (26, 6),
    "blind_pilotrest": (27, 6),
    # session 56 (blindA56): written blind
    "blind_lighthousesale": (27, 6),
    "blind_cargohijack": (27, 6),
    "blind_solarfarmvote": (27, 6),
    # session 56 (blindB56): written blind
    "blind_wastecontract": (29, 6),
    "blind_pharmacyclosures": (26, 6),
    "blind_dyeleak": (27, 6),
    # session 57 (blindB57): written blind
    "blind_cheesetamper": (27, 6),
    "blind_zoobirth": (27, 6),
    "blind_roadsalt": (27, 6),
    # session 57 (blindA57): written blind
    "blind_airshowcrash": (27, 6),
    "blind_reservoirdrain": (25, 6),
    "blind_hospitalmerger": (27, 6),
    # session 58 (blindA58): written blind
    "blind_sugarlevy": (27, 6),
    "blind_cablecarstall": (28, 6),
    "blind_prisondrones": (26, 6),
    # session 58 (blindB58): written blind
    "blind_cropinsurance": (26, 6),
    "blind_quarantineship": (27, 6),
    "blind_rugbyconcussion": (26, 6),
    # session 59 (blindA59): written blind
    "blind_ebusfire": (27, 6),
    "blind_clinicfridge": (27, 6),
    "blind_cementdust": (28, 6),
    # session 59 (blindB59): written blind
    "blind_landfillfire": (27, 6),
    "blind_racehorsedeaths": (27, 6),
    "blind_councilinvest": (27, 6),
    # session 60 (blindB60): written blind
    "blind_pooldrowning": (28, 6),
    "blind_chemspill": (26, 6),
    "blind_marinawreck": (26, 6),
    # session 60 (blindA60): written blind
    "blind_ferrystrike": (27, 6),
    "blind_grainsilo": (26, 6),
    "blind_dampflats": (27, 6),
    # session 61 (blindA61): written blind
    "blind_scaffoldfall": (27, 6),
    "blind_listeriapies": (27, 6),
    "blind_ferriswheel": (27, 6),
    # session 61 (blindB61): written blind
    "blind_quaycrane": (28, 6),
    "blind_exampaper": (27, 6),
    "blind_pensiongap": (27, 6),
    # session 62 (blindA62): written blind
    "blind_zipwire": (28, 6),
    "blind_signalfail": (27, 6),
    "blind_carehomefine": (27, 6),
    # session 62 (blindB62): written blind
    "blind_eviction": (28, 6),
    "blind_runwaycrack": (27, 6),
    "blind_nurseryclose": (26, 6),
    # session 63 (blindA63): written blind
    "blind_rinkroof": (28, 6),
    "blind_busgate": (25, 6),
    "blind_tyrerecall": (29, 6),
    # session 63 (blindB63): written blind
    "blind_mastfall": (27, 6),
    "blind_rowingcapsize": (26, 6),
    "blind_artsgrant": (26, 6),
    # session 64 (blindB64): written blind
    "blind_bookshopunion": (30, 6),
    "blind_parkrunfee": (29, 7),
    "blind_shortletcap": (25, 6),
    # session 64 (blindA64): written blind
    "blind_degreerevoke": (26, 6),
    "blind_sewertunnel": (27, 6),
    "blind_fogpileup": (28, 6),
    # session 65 (blindA65): written blind
    "blind_dentistlist": (28, 6),
    "blind_wildswimban": (28, 6),
    "blind_escalatorfall": (27, 6),
    # session 65 (blindB65): written blind
    "blind_allotmentsale": (29, 6),
    "blind_scannerbacklog": (27, 7),
    "blind_bikelanerow": (28, 6),
    # session 66 (blindA66): written blind
    "blind_treefelling": (28, 6),
    "blind_dieselmix": (25, 6),
    "blind_potholeclaims": (27, 6),
    # session 66 (blindB66): written blind
    "blind_bellnoise": (28, 6),
    "blind_fluoridevote": (27, 6),
    "blind_lockertheft": (26, 6),
    # session 67 (blindA67): written blind
    "blind_slideinjury": (29, 6),
    "blind_housinglist": (29, 6),
    "blind_ambulancedelay": (29, 7),
    # session 67 (blindB67): written blind
    "blind_meatlabel": (28, 6),
    "blind_cinemachain": (28, 6),
    "blind_partydonation": (28, 6),
    # session 68 (blindA68): written blind
    "blind_bypassdelay": (28, 6),
    "blind_lowbridge": (28, 6),
    "blind_agencyfees": (28, 6),
    # session 68 (blindB68): written blind
    "blind_charityauction": (26, 6),
    "blind_meterfault": (26, 7),
    "blind_kennelillness": (28, 6),
    # session 69 (blindA69): written blind
    "blind_birdstrike": (30, 6),
    "blind_willdispute": (30, 6),
    "blind_trampolinepark": (28, 6),
    # session 69 (blindB69): written blind
    "blind_cryptofreeze": (28, 6),
    "blind_satnavlorries": (28, 6),
    "blind_vapeseizure": (28, 6),
    # session 70 (blindA70): written blind
    "blind_scholarshipfraud": (28, 6),
    "blind_footbridgesway": (28, 6),
    "blind_foodbankshortfall": (27, 6),
    # session 70 (blindB70): written blind
    "blind_beaverdam": (28, 6),
    "blind_cemeteryexpansion": (26, 6),
    "blind_icecreamvans": (28, 6),
    # session 71 (blindB71): written blind
    "blind_lifeguardcuts": (30, 6),
    "blind_hospicefunding": (30, 6),
    "blind_glassworks": (30, 6),
    # session 71 (blindA71): written blind
    "blind_sirenfailure": (29, 6),
    "blind_streetlightsoff": (27, 6),
    "blind_orchardblight": (30, 6),
    # session 72 (blindB72): written blind
    "blind_pigeoncull": (30, 6),
    "blind_busfirmcollapse": (28, 6),
    "blind_gymcollapse": (28, 6),
    # session 72 (blindA72): written blind
    "blind_teencurfew": (30, 6),
    "blind_cycleracecrash": (30, 6),
    "blind_stampprice": (30, 6),
    # session 73 (blindB73): written blind
    "blind_poultryfire": (29, 6),
    "blind_levelcrossing": (29, 6),
    "blind_fishquota": (28, 6),
    # session 73 (blindA73): written blind
    "blind_frozenlake": (30, 6),
    "blind_rentstrike": (30, 6),
    "blind_museumloan": (30, 6),
}


@cache
def scores() -> tuple[ClusterScore, ...]:
    # the clusters a session may tune on: since session 25 the held-out blind clusters
    # (tests/data/madeup/HELD_OUT.txt) are no part of the floors, so no change is kept or
    # dropped by what it does to them (the lead scores their subtotal at a session's end:
    # bench/quality.py's "SUBTOTAL (held out)"); the figures in the comments below up to
    # session 25's split are totals over every made-up cluster
    return tuple(_score(name) for name in tunable(madeup()))


@cache
def _score(name: str) -> ClusterScore:
    """bench/quality.py's `score_madeup`, on the session's shared run of the cluster (other
    files read it too; test_bench_scores_the_shared_run checks the two agree)."""
    extraction, report = shared_reports.madeup_run(name)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    articles = list(extraction.articles)
    return score_report(name, exp, articles, report, render_markdown(report))


def test_bench_scores_the_shared_run() -> None:
    assert score_madeup("football") == _score("football")


def total(field: str) -> int:
    return sum(getattr(s, field) for s in scores())


def shown(field: str) -> dict[str, Any]:
    """What a failed floor prints: `field` (a list; dotted for a part's) of each scored
    cluster (the tunable ones only: a failure shows nobody what a held-out cluster misses)."""
    get = attrgetter(field)
    return {s.event: get(s) for s in scores()}


def test_the_made_up_gold_is_its_own_table() -> None:
    assert madeup() == sorted(GOLD)
    # no name of the dev clusters or the annotated ones (their rows and subtotals apart)
    assert not set(madeup()) & (set(events()) | set(annotated()))
    # each annotates one made-up folder, read whole, with no gold file in it
    for name in madeup():
        folder = ROOT / "tests" / "data" / "madeup" / name
        assert {Path(p).parent for p in map(str, _inputs(name))} == {folder}
        assert not (folder / "expectations.json").exists()


def _inputs(name: str) -> list[Path]:
    from quality_lib import annotated_inputs

    return [Path(p) for p in annotated_inputs(name, MADEUP_GOLD)]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_anchor_is_in_the_text_the_tool_reads(name: str) -> None:
    # check_annotated's `check` of a made-up cluster (every name of GOLD is one:
    # test_the_made_up_gold_is_its_own_table), on the articles read once for both checks
    articles = annotated_articles(name, MADEUP_GOLD)
    texts = {a.id: a.text for a in articles}
    assert check_against(name, texts, load_annotated_expectations(name, MADEUP_GOLD)) == []
    # the gold's size as the scorer counts it, from an empty report (held-out clusters
    # too: their gold's anchors and size, no figure; no run of the tool)
    s = gold_size(name, load_annotated_expectations(name, MADEUP_GOLD), articles)
    assert s.anchors_missing == 0
    assert (s.agreed_total, s.disputes_total) == GOLD[name]


def test_the_checker_finds_a_broken_anchor() -> None:
    exp = load_annotated_expectations("football", MADEUP_GOLD)
    fact = exp["agreed"][0]
    article = next(iter(fact["anchors"]))
    fact["anchors"][article] += " and something no article says"
    texts = {a.id: a.text for a in annotated_articles("football", MADEUP_GOLD)}
    problems = check_against("football", texts, exp)
    assert len(problems) == 1 and fact["id"] in problems[0]
    # check_annotated's own reader of a made-up cluster (the anchor test above reads the
    # articles once and calls what it calls)
    assert check("football") == []


def test_agreed_recall_floor() -> None:
    # 89 of 143 when measured (session 12); the misses are listed by bench/quality.py -v
    # (bench/README.md, "made-up clusters scored")
    # 219 with session 16's three blind clusters (76 facts; blindA16), 285 with blindB16's
    # three (66 facts), 346 with blindD16's second blind batch (61 facts), 419 with
    # blindC16's (73 facts), 492 with blindE17's third blind batch (73 facts)
    # blindC16's (73 facts)
    # 476 with blindF17's third blind batch (57 facts; session 17)
    # 549 with blindF17 merged (session 17, lead)
    # blindC16's (73 facts), 476 with blindG17's fourth blind batch (57 facts; session 17)
    # 606 with blindG17 merged (session 17, lead)
    # 658 with blindH17's fifth blind batch (52 facts; session 17)
    # 718 with blindI18's sixth blind batch (60 facts; session 18)
    # 714 with blindJ18's seventh blind batch (56 facts; session 18)
    # 774 with blindJ18 merged (session 18, lead)
    # 838 with blindM19's three (64 facts; session 19)
    # 835 with blindL19's batch (61 facts; session 19)
    # 899 with blindM19 and blindL19 merged (session 19, lead)
    # 831 with blindK19's eighth blind batch (57 facts; session 19)
    # 956 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 899 with blindM19 and blindL19 merged (session 19, lead)
    # 938 with blindN19's three (39 facts; session 19, the last blind batch)
    # 995 with blindN19's batch merged (session 19, lead)
    # 1062 with blindO19's three as written (67 facts; no code change; session 19, measured on
    # 578a7b1)
    # 1130 with blindQ20's three as written (68 facts) (session 20, no code change; measured on
    # c544772)
    # 1115 with blindP20's three as written (53 facts; no code change; session 20, measured on
    # c544772)
    # 1183 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 1239 with blindR20's three as written (56 facts)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 1305 with blindS21's three as written (66 facts)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 1382 with both session-21 batches
    # 1450 with blindU22's three as written (68 facts)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 1445 with blindV22's three as written (63 facts)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 1513 with both session-22 batches merged on the final code (session 22, lead)
    # 1569 with blindW23's three as written (56 facts)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 1580 with blindX23's three as written (67 facts)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 1636 with blindW23 and blindX23 merged (session 23, lead)
    # 1696 with blindY24's three as written (60 facts)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 1695 with blindZ24's three as written (59 facts)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 1755 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 1807 with blindA25's three as written (52 facts)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 1814 with blindB25's three as written (59 facts)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 1866 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 1033 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # session 30 (lead): session 23's six held-out clusters released to training
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 60 (lead): session 53's six released to training
    # session 61 (lead): session 54's six released to training
    # session 62 (lead): session 55's six released to training
    # session 63 (lead): session 56's six released to training
    # session 64 (lead): session 57's six released to training
    # session 65 (lead): session 58's six released to training
    # session 66 (lead): session 59's six released to training
    # session 67 (lead): session 60's six released to training
    # session 68 (lead): session 61's six released to training
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): session 63's six released to training
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 73 (lead): session 66's six released to training
    assert total("agreed_total") == 8083
    # 1316 with blindT21's three as written (77 facts)
    # (session 21, blindT21; no code change, measured on 6f423c5)
    # 92 in session 13: the shooting's gunman, named with his age by two outlets; 97 in
    # session 14: a speaker named by its kind reports an event fact another source tells
    # (aid groups / a named charity, a ministry / the government, an official / an office;
    # speakers14), the typhoon's toll of 11 ("the death toll rose to 11" / "at least 11
    # people have died") and the wildfire's area in acres and hectares (figslot14), and the
    # wildfire's "burned 89,000 acres ... and forced 38,000 people to leave" cut into two
    # claims (a thousands separator is no clause's comma; lead); 98: the wildfire's "killed
    # six people, including two firefighters" counts the firefighters (a figure inside an
    # aside reads the aside as its own clause); 99 in session 15: "has stepped down amid
    # claims he billed taxpayers ..." joins "resigned ... over allegations that he used public
    # money" (resignation; "stepped down", "quit", "resigned" are one concept: madeup15);
    # 100: the typhoon's "forced more than 40,000 to flee" / "more than 40,000 people were
    # evacuated" count one slot ("fled", "evacuated" are one concept); 101: the budget's
    # critic, "the figures did not add up" / "the numbers ... do not add up"; 106: a
    # denied or denying group that two origins attribute to a speaker is agreed too, its
    # rule naming the denial point (the resignation's newspaper report and the minister's
    # denial, the expulsion's "baseless", the airstrike's 12 civilians, the rescue's union
    # warning); 107: a denial is someone's report, its speaker read or not (the airstrike's
    # army and "defence ministry" denials); 108: "raise" / "lift" the retirement age
    # (protest; "raised", "hiked", "lifted" are one concept); 109: "no suspicious
    # circumstances" / "ruled out foul play" (death); 110: "would not withdraw" / "will not
    # back down" (protest); 111: "third in the table" / "third in the league" (football);
    # 112: an obituary's "She was 68." is a claim (offline-51); session 16: the blind
    # clusters joined at 51 of 76 as written (163 in all), 56 after blindA16's general
    # fixes (168: the old 24 unchanged at 112); blindB16's three: 41 of 66 as written, 42
    # after its fixes (210 in all); blindD16's second batch: 43 of 61 as written (253);
    # blindC16's: 52 of 73 as written (305; no code change)
    # 254 (company16: "the company" speaks for the one body of that kind its article
    # names): the layoffs' workforce of 30,000
    # 306 with company16 on all twelve blind clusters
    # 307 with precision16 merged
    # blindC16's: 52 of 73 as written (305; no code change); 53 after precisionC16's
    # fixes (306: "one in seven services ran" is no count of seven)
    # 308 with disputes17 (the election's "12 years of rule": a duration of a thing is a term)
    # 348 with blindE17's third blind batch as written (41 of 73); 349 after its fronted
    # speaker fix ("In Kostrava, nine people were reported dead" no longer mixed)
    # 350 with blindE17 merged (session 17, lead)
    # blindF17's third batch: 42 of 57 as written (349)
    # 392 with blindF17 merged (session 17, lead)
    # 308 in session 17 (recall17): blind_election's "worst result since 1998", a clause of
    # one outlet's sentence, backs another's item (`merge/clause_backing.py`)
    # 396 with recall17 merged (session 17, lead)
    # 341 with blindG17's fourth blind batch as written (33 of 57; no code change)
    # 429 with blindG17 merged (session 17, lead)
    # 430 after precisionD17 (the ferry operator's "not overloaded", told by two outlets in
    # other words: a negation blocks on its speaker)
    # 433 with recallD17 (injured / hurt / wounded one concept: the crush's 87 hurt and
    # nearly 90 injured, seven critical; an exact count in other words is one figure: the
    # ferry's 331 aboard, the final's 71,400 crowd; the derailment's Friday derailment lost)
    # 467 with blindH17's fifth blind batch as written (34 of 52; no code change)
    # 466 in session 18 (disputes18, lowered by one): the heist's central dispute is a point
    # (insist_answers: "Petrov has said the alarm never sounded" / "Vennström insists it
    # went off at 3:12 a.m."), and the museum's "It was triggered at 3:12", agreed by two
    # origins before, is now that point's side, not an agreed item
    # 497 with blindI18's sixth blind batch as written (30 of 60; no code change)
    # 498 after blindI18's fixes (the landslide's "About 800 troops" / "around 800 soldiers":
    # a unit read through the concepts table)
    # 497 with blindI18 merged (session 18, lead)
    # 469 with precision18 (the outage's "could not be connected" / "failed to connect" one
    # item; the talks' "Nobody told me to leave" no rebuttal of the walkout, so agreed)
    # 498 with precision18 merged (session 18, lead)
    # 470 after recallC18 (a spokesman by title alone speaks for the one body of his
    # article: the drug's $50 co-pay; "Greenplate's managing director" speaks for
    # Greenplate Catering: the poisoning's meat supplier; "failed to connect" negates as
    # "could not be connected" does: the outage's 1,800 emergency calls); 472 with its
    # relatives and witnesses ("Annika Lodahl, whose brother ...": the ferry's tickets sold
    # for cash; "Marisol Duarte, 44, who said she watched ...": the shooting's hands up);
    # 473 when an assistant district attorney is one of the prosecutors (the trial's
    # "walking back to the bar"); 474 when "a department spokesman" speaks for the one
    # department of his article (the shooting's police denial of a planted gun)
    # 504 with recallC18 merged (session 18, lead)
    # 470 in session 18 (recall18): two clauses of longer sentences in two origins agree
    # (`merge/clause_agreement.py`: the singer died at home, the quake's toll of 38,
    # the witnesses' tear gas)
    # 507 with recall18 merged (session 18, lead)
    # 509 in session 18 (paraphrase18): one figure rewritten in another unit or in words
    # (`merge/figure_rewritten.py`: the mine's 200 feet / 60 metres, the storm's quarter of
    # a million evacuated); 510 when a measure in words is a rewrite whatever its size (the
    # rate hike's three-quarters of a percentage point / 75 basis points)
    # 511 in session 18 (quotes18): a speaker's quotation and a report of it by the body
    # the speaker speaks for are one voice (`merge/quote_reports.py`: the layoffs' reason)
    # 501 with blindJ18's seventh blind batch as written (34 of 56; no code change)
    # 545 with blindJ18 merged (session 18, lead)
    # 588 with blindM19's three as written (43 of 64; no code change; session 19)
    # 584 with blindL19's batch as written (39 of 61; session 19, no code change)
    # 627 with blindM19 and blindL19 merged (session 19, lead)
    # 645 with the link column `value_shared` (a figure value >= 10 both print, whatever its
    # slot; session 19, learn19): figure facts whose slot words differ agree
    # 628 with atoms19 (offline-108: a relative clause after a sentence's subject is cut out
    # when the main verb follows it: the ferry's storm and its gusts)
    # 646 with learn19 and atoms19 merged (session 19, lead)
    # 586 with blindK19's eighth blind batch as written (41 of 57; no code change)
    # 686 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 646 with learn19 and atoms19 merged (session 19, lead)
    # 677 with blindN19's three as written (31 of 39; no code change; session 19)
    # 717 with blindN19's batch merged (session 19, lead)
    # 766 with blindO19's three as written (49 of 67; no code change; session 19, measured on
    # 578a7b1)
    # 817 with blindQ20's three as written (51 of 68) (session 20, no code change; measured on
    # c544772)
    # 816 with background20 (lowered by one, a trade: merge/occurrences.py keeps the
    # eruption's 1981 evacuation out of today's evacuation item, and the fact that Orvassa
    # erupted on Sunday was credited to 04 only through that mixed item; look-alikes -2,
    # no-gold points -2, mixed -1, split -4 on the same clusters)
    # 798 with blindP20's three as written (32 of 53; no code change; session 20, measured on
    # c544772)
    # 848 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 887 with blindR20's three as written (39 of 56)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 888 in session 21 (nogold21): "close to 190 flights" is a rough figure of the 186
    # cancelled flights (the eruption's flights agreed)
    # 933 with blindS21's held-out batch merged on the session's final code (session 21, lead)
    # 981 with blindT21's batch merged too, on the session's final code (session 21, lead)
    # 980 with offline-123 (speakers22; lowered): blind_protest's "Vell repeated ..., saying
    # officers had only used pepper spray" now carries Dana Vell's name (gold: hers), and the
    # merge's regrouping leaves the stones-and-flares fact out of one item
    # 982 in session 22 (figdisp22): a count-noun subject far before its figure ("the death
    # toll from X that Y rose to 12") gives the figure its counted thing (the eruption's
    # "Orvassa erupted on Sunday" agreed, the poisoning's salmonella fact lost: its long
    # claim now conflicts on the children's count, the quake's Sarnitsa fact lost: it was
    # credited through a group joining nine and 12 dead)
    # 981 with speakers22 and figdisp22 both merged (session 22, lead)
    # 984 with the learned group join switched on (session 22, joinsig22)
    # 1022 with blindU22's three as written (41 of 68)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 1022 with blindV22's three as written (41 of 63)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 1066 with both session-22 batches merged on the final code (session 22, lead)
    # 1067 with nogold23 and disputes23 merged (session 23, lead)
    # 1073 with clause views (session 23, clauseview23: a long claim links by its clause to
    # a claim a third its length)
    # 1074 with members23 and clauseview23 merged (session 23, lead)
    # 1071 with members23 and clauseview23 (views at 0.7) merged (session 23, lead)
    # 1070 in session 23 (participle23, lowered by 1): a trailing participle whose doer is
    # the event stays in its sentence; one held-out cluster, not read, lost an agreed fact
    # (the training clusters are level: outage's fact kept by giving "casting doubt" after
    # a report to its speaker)
    # 1110 with blindW23's three as written (44 of 56)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 1114 with blindW23 merged (session 23, lead)
    # 1104 with blindX23's three as written (38 of 67)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 1152 with blindW23 and blindX23 merged (session 23, lead)
    # 1155 with paraprobe24 (the bank's fall and 11 percent, the court's rejection)
    # 1185 with blindY24's three as written (33 of 60)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 1191 with blindZ24's three as written (39 of 59)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 1227 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 1259 with blindA25's three as written (32 of 52)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 1266 with blindB25's three as written (39 of 59)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 1298 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 749 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 945 in session 26 (linked26): two unattributed statements relating two named things
    # alike are no one's two remarks (rule 7, `roles.two_named_things`)
    # 947 with cite26 merged (session 26, lead: one citation of a clause cut around an aside)
    # 946 (session 28, disputes28): blind_quake's Kostrava toll of nine was credited by a
    # look-alike item (the lead sentence "killing at least 38 people in Vardenia and nine
    # ... in Kostrava" joined with "It was felt across the border in Kostrava"); that
    # sentence now joins the item of its Vardenia toll of 38 (one count told with and without
    # an attribution, `Figure.untold`), so the fact it never stated is no longer credited
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # 1080 (session 29, agree29): a lower-case body before a title ("consortium
    # spokeswoman", "league chief executive") and one appositive alone name whom a person
    # speaks for (+3); a denial verb in a time clause makes no denial (+1)
    # 1077 (session 29, cleanup29: blind_spill's "the company said" after "Brenmark ... denied"
    # is the shipping line's, agreed with another outlet's report of it)
    # 1081 with the four code branches of session 29 merged (lead)
    # session 30 (lead): session 23's six held-out clusters released to training
    # 1162 (session 30, cleanup30; lowered by one, a trade): blind_poisoning's "none-serious"
    # -- "None ... was in a serious condition, according to <the hospital>, which said ..."
    # now has its speaker (the relative clause no longer hides it) and no longer joins
    # another outlet's "doctors said ... none is in a life-threatening condition" (a
    # hospital and its doctors are not read as one voice); two wrong speakers fewer for it
    # 1162 (session 30, disputes30; lowered by 1, a fair trade): blind_coachsacked's
    # "club-says-mutual-consent" now sits in the found dispute "mutual-or-sacked" (the
    # agent's "no such meeting had taken place" answers the club's account of a meeting,
    # `such_answers`), so the club's account is contested, no longer agreed (disputes +1)
    # 1162 with the five code branches of session 30 merged (lead)
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 31 (nogold31): 1241 ("without injury" restates "no one was hurt": the 2019
    # flooding's two facts agreed; a name before a negated noun is no negated concept)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 32 (agree32): 1314, "the company said" points back to the one company named
    # before it; a rival named only in a later background line is no second antecedent
    # session 32 (lead): 1313 with speakers32 merged, a documented trade: speakers32's
    # blind_dataleak gain is the same fact agree32 found; blind_helicrash's "three other
    # AH-7s" fact is lost once "Ms Anselm" reads as the full name (the merge, no wrong speaker)
    # session 32 (lead): 1314 (telling.dates_a_telling: a period on a verb of telling,
    # "this month said they had approved", dates the report, not the act;
    # blind_rocketfail's point on such a period is gone)
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 34 (disputes34): 1524, a documented trade for +1 dispute, -2 points without
    # gold and -2 split facts: `negation_blocks` compares a named speaker's negation with
    # another speaker's statement of the negated word; blind_gasleak's "staffing had not
    # been cut" now meets the union's "maintenance crews had been cut" as a point, so that
    # agreed fact shows in a dispute
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 36 (speakers36): 1752, a kind noun / body voice resolved to its named body
    # session 36 (agree36): 1755, agree35's `rare_neighbours` blocking re-landed with a
    # guard (two figures of different things, shares of two wholes, a claim that reads no
    # entity: no pair); no-gold, mixed, look-alikes and split unchanged
    # session 36 (lead): 1757 with speakers36, disputes36, agree36 and nogold36 merged
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 37 (lead): 1851 with precision37 merged (its ', but' sentences kept whole)
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 38 (precision38): 1952 (one speaker's short quotes sharing little: a paraphrase lost)
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 39 (lead): 2053 (a ripple: wolfcull's lede joined a wrong Kareth sentence)
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 40 (lead): "Green Party leader Mia Sorel, …: “…”" is Sorel's (offline-246)
    # session 40 (agree40): 2166 (own words and a statement naming their speaker: the threshold)
    # session 40 (lead): lead, agree40 and split40 merged (offline-249)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 41 (lead): 'none of the 22 crew' negates the predicate, not the count
    # session 41 (lead): a name word said apart in both is no two remarks (rule 7)
    # session 41 (agree41): 2262 (one named speaker's denial and own assertion of one thing join)
    # session 41 (lead): re-measured after merging agree41
    # session 41 (lead, split41's noun-led lead): a compared figure named by its noun is a claim
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 42 (lead, bodies42's measured rule): "chair" is a title word like "chairman"
    # session 42 (lead): a prohibition ("illegal for shops to sell") negates the act it forbids
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 43 (lead): a spokesman after a body named by its kind speaks for it (offline-290)
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (released44): 2585 (a live page's summary is the page's own words)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (lead): a listener is no speaker; a 4-word sentence's subject (offline-298)
    # session 45 (released45): body subject's spokeswoman, quoted surname as the next he
    # session 45 (lead): lead45 and released45 merged (offline-299)
    # session 45 (joins45): two persons' quotations never join (quoters.py)
    # session 45 (lead): every helper merged (offline-299)
    # session 45 (pronouns45): It + act names the body before (offline-503)
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (released46): a body announcing its account lends it to the next 'a spokesman'
    # session 46 (vetoes46): two named sources of one unquoted event fact join at p >= 0.7
    # session 46 (lead): released46 + vetoes46 merged
    # session 46 (bodyvoice46): a body and its voice named apart join at the threshold
    # session 46 (lead): bodyvoice46 merged with vetoes46
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (precision47): figures of one kind, none shared: no join
    # session 47 (speakers47): kind spokespeople, acronym bodies, owned appositives
    # session 47 (speakers47): long trailing titles ('Chief Supt X of Y Police told')
    # session 47 (lead): speakers47 merged with precision47
    # session 47 (longshort47): a clause backs a short claim it holds (+6 agreed, split +1)
    # session 47 (lead): longshort47 merged on the three before
    # session 47 (titles47): a name/title phrase in an anchor no longer states it
    # session 47 (lead): titles47's scoring over the merged tree
    # session 47 (released47): he/she after 'his agent, X,' is not X
    # session 47 (released47): 'in April that year' names no period
    # session 47 (lead): released47 merged on the five before (offline-412)
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (lookalike48): appositive/dash-aside/after-date cuts part 2 look-alikes
    # session 48 (passing48): tails after a cut-out relative clause; a denial's reason
    # session 48 (lead): passing48 merged (offline-660), floors re-measured
    # session 48 (speakers48): owner's person speaks; described bodies (offline-632)
    # session 48 (lead): speakers48 merged (offline-661), floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 49 (speakers49): body by its head noun, weekday, his spokesman; wrong spk -3
    # session 49 (nogold49): rather than / ruled out negate as not does (ransomware, carbonrebate)
    # session 49 (lead): nogold49 merged on speakers49, floors re-measured
    # session 49 (released49): four furniture forms; a number in words past its scale
    # session 49 (lead): released49 merged (offline-670), floors re-measured
    # session 49 (lead): an active verb with its own object after 'and' takes no passive aux
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 50 (released50): a quotation after a clock's a.m./p.m. opens a sentence (offline-754)
    # session 50 (twofacts50): as/while/because/before clauses cut into claims
    # session 50 (lead): all six helpers merged (offline-673), measured together
    # session 50 (andcut50): ', and <subject> <verb>' cut (and_cuts.py)
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 51 (compound51): clause parts for irregular pasts; backing bar re-fit 0.6
    # session 51 (slot51): learned one-slot model for lone counts: disputes +2, agreed +1
    # session 51 (lead): slot51 merged, measured on the merged tree
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 52 (dev52): present-tense relative clauses are parts
    # session 52 (released52): subject-verb after a relative; day-first dateline; answer 'No.'
    # session 52 (lead): released52 merged on lookalike52 + dev52
    # session 52 (candidates52): one rare figure blocks a pair (figure_neighbours)
    # session 52 (lead): candidates52 merged on lookalike52 + dev52 + released52
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 53 (released53): 'its'/'the agency's' officer speaks for the body; label nouns
    # session 53 (speakers53): a spokesman after a named body's clause is its spokesman
    # session 53 (speakers53, merged): body spokesman, kin names
    # session 53 (clauses53): a present -s verb makes a clause part (agreed +3, split +2)
    # session 53 (clauses53, merged): present -s verb clause parts
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (released54): owned titles tie officers to bodies; a pronoun-told side rebuts
    # session 54 (dev54): a semicolon series of noun phrases is one claim (agreed +1, split -1)
    # session 54 (lead): dev54 merged on released54, floors re-measured
    # session 54 (disputes54): two voices quoted by one outlet make a rebuttal; a party's stated
    # side stays agreed
    # session 54 (lead): disputes54 merged on released54 + dev54, floors re-measured
    # session 54 (parts54): appositions (a name and its role between commas) are clause parts
    # session 54 (lead): parts54 merged, floors re-measured
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 55 (released55): no title from a trailing '..., <Name> said'; scale-word bound step
    # session 55 (grouped55): a duration a verb of lasting takes is a term, after a modal a forecast
    # session 55 (lead): released55 + grouped55 merged
    # session 55 (figreads55): a ratio ('one in five pharmacies') is read as the share it tells
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 56 (joinsample56): a join short of compared pairs is asked again, the rest scored
    # session 56 (speakerlabels56): a lower-case job title before a name is no name part
    # session 56 (lead): speakerlabels56 merged with joinsample56, lastweekday56, released56
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (released57): 'the company' after a bare-name clause; 'normally' after -ing
    # session 57 (speakers57): 'the <kind>' of one named body lends it the next 'a spokesman said'
    # session 57 (lead): merged released57 + speakers57
    # session 57 (nonclaims57): whole short furniture lines (consensus/furniture_lines.py);
    # non-claims 20 -> 2, agreed -2 where a furniture line had carried a merge
    # session 57 (lead): merged nonclaims57 (furniture lines by shape; grainembargo -1 explained)
    # session 57 (released57): 'the company' after a bare-name clause; 'normally' after -ing
    # session 57 (bodyperson57): more appositive shapes tie an officer to its body
    # session 57 (lead): merged bodyperson57
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 58 (released58): long denied objects met by a third
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 59 (released59): a ranged fine, a rating as a limit, a measure before a time
    # session 59 (negpara59): rule 6 reads a negation of a paraphrase (disputes +3, split +3)
    # session 59 (lead): negpara59 merged
    # session 59 (pronoun59): an opening It of an act names the body the clause before opened on
    # session 60 (lead): session 53's six released to training
    # session 60 (released60): footer, block author, they, she
    # session 60 (speakers60): speakers read from clause subjects
    # session 60 (lead): speakers60 merged
    # session 60 (bodyofficer60): 'Its' title -> body opened on
    # session 60 (lead): merged tree
    # session 61 (lead): session 54's six released to training
    # session 61 (released61): owner titles, pay claims, tagline
    # session 61 (nogold61): denial joins its main claim
    # session 61 (lead): released61 + nogold61 merged
    # session 62 (lead): session 55's six released to training
    # session 62 (disputes62): party halves, initialisms
    # session 62 (released62): speaker heads, Its subject
    # session 62 (speakers62): speaker readers, wrong_speaker -9
    # session 62 (lead): released62, speakers62, editor62, apiwarn62
    # session 63 (lead): session 56's six released to training
    # session 63 (speakers63): owned titles, paragraph subject
    # session 63 (disputes63): counts read back in their article
    # session 63 (lead): speakers63 + disputes63 merged
    # session 63 (released63): parts told of a whole
    # session 63 (lead): released63 merged
    # session 64 (lead): session 57's six released to training
    # session 64 (smallfix64): pounds as sterling, re- by vectors
    # session 65 (lead): session 58's six released to training
    # session 65 (nogold65): negation meets only its own act/thing
    # session 66 (lead): session 59's six released to training
    # session 66 (update66): update sentence on both sides
    # session 66 (lead): past-tense estimate frames
    # session 67 (lead): session 60's six released to training
    # session 67 (tallies67): tallies read as one paired figure
    # session 67 (verdicts67): verdict verbs of judging, mended
    # session 67 (lead): merged tree
    # session 68 (lead): session 61's six released to training
    # session 68 (released68): '; X denies it' a clause
    # session 68 (devagreed68): kinds-only groups join by link
    # session 68 (lead): merged tree
    # session 69 (lead): session 62's six released to training
    # session 69 (tallies69): closing remark of a quote run; vote tallies
    # session 70 (lead): session 63's six released to training
    # session 70 (devagreed70): quotation/frame cuts, adjective commas
    # session 71 (lead): session 64's six released to training
    # session 71 (lead): the merged tree's floors
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("agreed_found") >= 6375, shown("agreed_missed")
    # 1164 (session 30, agree30): a ministry's spokesperson and its minister speak as one
    # body, a minister for the ministry, a head title qualified by a body's word for it
    # ("Fire chief Jan Roe" / "the fire service"), "a spokeswoman for the X department, Jan
    # Roe," names her body (gasleak +1, eruption +1, wildfirevac -1: its fire service's
    # cause, now one group, stands on the contested point of the cause)
    # 932 with blindS21's three as written (45 of 66)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 936 with blindT21's three as written (49 of 77)
    # (session 21, blindT21; no code change, measured on 6f423c5)


def test_disputes_found_floor() -> None:
    # 40 of 65 when measured (by kind: figure 23/35, update 6/8, denial 9/18, rebuttal 1/3,
    # account 1/1); 42 after session 13 (the airstrike's denial of civilian deaths answers
    # the toll before it); none found in sinking, study, transfer, verdict (known
    # missed: tests/test_madeup_clusters.py _AGREED_ONLY); 44 in session 14: the Dow's 1.3
    # / 1.6 percent fall (tariff) and the job cuts, 1,500 / 2,000 (earnings); 47 in
    # session 15 (figcand15): the contract's five / four years (transfer), the jury's four /
    # five days (verdict), the coast guard's 24 dead against the aid group's 100 (sinking);
    # 48: the organisers' 120,000 / 150,000 (protest: one speaker's close figures compared);
    # 49 (figread15): the rate-setters' two / three dissenters ("Two voted for": no noun)
    # 83 with blindA16's blind clusters (18 disputes; session 16), 100 with blindB16's (17),
    # 115 with blindD16's (15), 137 with blindC16's (22)
    # 160 with blindE17's (23)
    # 159 with blindF17's (22)
    # 182 with blindF17 merged (session 17, lead)
    # 115 with blindD16's (15), 137 with blindC16's (22), 159 with blindG17's (22)
    # 204 with blindG17 merged (session 17, lead)
    # 219 with blindH17's fifth blind batch (15 disputes)
    # 236 with blindI18's sixth blind batch (17 disputes)
    # 235 with blindJ18's seventh blind batch (16 disputes)
    # 252 with blindJ18 merged (session 18, lead)
    # 268 with blindM19's three (16 disputes; session 19)
    # 264 with blindL19's batch (12 disputes; session 19)
    # 280 with blindM19 and blindL19 merged (session 19, lead)
    # 269 with blindK19's eighth blind batch (17 disputes; session 19)
    # 297 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 280 with blindM19 and blindL19 merged (session 19, lead)
    # 290 with blindN19's three (10 disputes; session 19)
    # 307 with blindN19's batch merged (session 19, lead)
    # 318 with blindO19's three as written (11 disputes; no code change; session 19, measured on
    # 578a7b1)
    # 330 with blindQ20's three as written (12 disputes) (session 20, no code change; measured on
    # c544772)
    # 328 with blindP20's three as written (10 disputes; session 20)
    # 340 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 353 with blindR20's three as written (13 disputes)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 367 with blindS21's three as written (14 disputes)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 383 with both session-21 batches
    # 397 with blindU22's three as written (14 disputes)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 395 with blindV22's three as written (12 disputes)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 409 with both session-22 batches merged on the final code (session 22, lead)
    # 422 with blindW23's three as written (13 disputes)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 422 with blindX23's three as written (13 disputes)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 435 with blindW23 and blindX23 merged (session 23, lead)
    # 454 with blindY24's three as written (19 disputes)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 445 with blindZ24's three as written (10 disputes)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 464 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 477 with blindA25's three as written (13 disputes)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 479 with blindB25's three as written (15 disputes)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 492 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 306 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # session 30 (lead): session 23's six held-out clusters released to training
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 60 (lead): session 53's six released to training
    # session 61 (lead): session 54's six released to training
    # session 62 (lead): session 55's six released to training
    # session 63 (lead): session 56's six released to training
    # session 64 (lead): session 57's six released to training
    # session 65 (lead): session 58's six released to training
    # session 66 (lead): session 59's six released to training
    # session 67 (lead): session 60's six released to training
    # session 68 (lead): session 61's six released to training
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): session 63's six released to training
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 73 (lead): session 66's six released to training
    assert total("disputes_total") == 2001
    # 369 with blindT21's three as written (16 disputes)
    # (session 21, blindT21; no code change, measured on 6f423c5)
    # 53: denials that answer the accusation just before them in other words (answers15:
    # verdict's witness deal, breach's slow report, planecrash's technical failure,
    # resignation's prime minister by her title) and a rebuttal joined by "but" (study's
    # smoking); 54 with figread15's reading of "Two voted for" (ratehike's dissenters)
    # ... 59 with the blind clusters as written (5 of 18), 61 after blindA16 (the fines
    # "imposed" / "levied", the prize money "4 million" / "3.5 million")
    # ... and blindB16's: 5 of 17 as written, 6 after its fixes (the shooting's age, "a
    # 29-year-old warehouse worker" / "28-year-old Tobias Wren"): 67 in all;
    # 57 in session 16 (disputes16): denials of another party's assertion in another
    # article (ratehike's government pressure in other words, budget's public debt by
    # its words) and "the agency said" read as the safety commission (recall's fires); 58:
    # "took part in the march" is no slot word (protest's police 45,000 / organisers)
    # 71 with both: the blind clusters' disputes are not moved by disputes16's rules
    # 75 with blindD16's second blind batch as written (4 of 15)
    # 85 with blindC16's as written (10 of 22; no code change)
    # 75 with blindD16's second blind batch as written (4 of 15); 76 (company16: "the
    # company" is its article's Corvane: the layoffs' retaliation charge and denial)
    # 86 with company16 on all twelve
    # 86 with precisionC16's (the strike's agency drivers: "repeated their claim that ..."
    # is the claim "Vestrail again denied it" answers)
    # 87 with precisionC16 merged too (the strike's agency drivers: "repeated their claim")
    # 96 with disputes17's (the blind clusters' 29 -> 38: denials dated after their report
    # noun, passive rejected verbs, the accused's answer, grouped digits and "half a
    # million", 'it "completely rejects"', terms of a thing and "a sentence of", habitual
    # adverbs in relative clauses)
    # 97: "Police have called that allegation false" is a denial (offline-84)
    # 98 with blindE17's third blind batch as written (11 of 23)
    # 108 with blindE17 merged (session 17, lead)
    # 94 with blindF17's third batch as written (7 of 22)
    # 95 after blindF17's figure_subjects (the protest's organisers' 250,000 against the
    # police's 65,000: "250,000 people took part" / "about 65,000 took part")
    # 116 with blindF17 merged (session 17, lead)
    # 106 with blindG17's fourth blind batch as written (9 of 22; no code change)
    # 125 with blindG17 merged (session 17, lead)
    # 126 after precisionD17 (the ferry's licensed capacity, 300 against 350, once the
    # certified limit is no rival of the 286 passengers aboard: `figure_capacity`)
    # 131 with blindH17's fifth blind batch as written (5 of 15; no code change)
    # 137 with blindI18's sixth blind batch as written (6 of 17; no code change)
    # 138 after blindI18's fixes (the bankruptcy's "Mr Pennick has denied doing so" answers
    # the union's accusation before it)
    # 137 in session 18 (lead): seven blind gold files name "also" sentences of a side (a
    # denial repeated in other words, the other half of an accuser's sentence: FORMAT.md),
    # so six points that showed a real dispute through them count as found
    # 132 in session 18 (disputes18): two speakers' negation of one statement is a rebuttal
    # (voice_rebuttals: the ferry's overloading, "That ship was overloaded" / "not overloaded");
    # 133 when such pairs are read from p 0.2 (the trade talks' "I did not leave the table");
    # 134: "X insists it went off" against the claim before it (insist_answers: the heist)
    # 139 with disputes18 merged (session 18, lead)
    # 144 with both (blindI18 merged with the lead's "also" gold)
    # 146 with blindI18 merged (session 18, lead)
    # 147 (idioms18): a denial said with an idiom answers the accuser's claim before it
    # (idiom_denials: the heist's "No part of our alarm system was switched off")
    # 141 in session 18 (disputesF18): two clock times of one thing are compared whatever
    # the pair's probability and speakers, candidates by their clauses (timed_rivals: the
    # mine's collapse time, the storm's landfall time); 142: "Witnesses ... have put the
    # number at eight or more" answers the department's five shots (figure_answers); 143:
    # ... and a count with no speaker ("The relief charity Open Hands puts the figure at 30
    # or more" against the agency's 17 dead, told without a speaker)
    # 151 with disputesF18 merged (session 18, lead)
    # 136 with blindJ18's seventh blind batch as written (5 of 16; no code change)
    # 156 with blindJ18 merged (session 18, lead)
    # 162 with blindM19's three as written (6 of 16; no code change; session 19)
    # 161 with blindL19's batch as written (5 of 12; session 19, no code change)
    # 167 with blindM19 and blindL19 merged (session 19, lead)
    # 168 with `value_shared` (session 19, learn19)
    # 164 with blindK19's eighth blind batch as written (8 of 17; no code change)
    # 175 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 173 with blindN19's three as written (5 of 10; no code change; session 19)
    # 180 with blindN19's batch merged (session 19, lead)
    # 189 with blindO19's three as written (9 of 11; no code change; session 19, measured on
    # 578a7b1)
    # 194 with blindQ20's three as written (5 of 12) (session 20, no code change; measured on
    # c544772)
    # 200 in session 20 (accuse20, +6 on main with blindQ20): pronoun denials ("rejected
    # that.", "said that was simply untrue") answer the claim just before them
    # (`pronoun_denials`), and a bare denial's side shows the denier's next claim
    # (`denial_reasons`)
    # 202 in session 20 (timed20): two weekdays of one act are a dated point (the custody
    # hearing), and a clock-time conflict keeps its two claims out of one group (the raid's
    # "shortly after 7 a.m." / "around 9 a.m."; merge/weekdays.py)
    # 193 with blindP20's three as written (4 of 10; no code change; session 20, on c544772)
    # 206 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 211 with blindR20's three as written (5 of 13)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 214 in session 20 (conflict20): two parties' agreed accounts that outlets tell side by
    # side, one negating, are one point (`group_rebuttals`): the pipeline's hotline calls,
    # the trial's tyre iron and a dam-breach point
    # 215 in session 21 (extract21, offline-117): one more on the held-out blind_blast (not
    # read; no training cluster moved)
    # 215 in session 21 (nogold21): "rejected the accusation" answers the sentence that
    # blames the denier ("blamed the plot on General Druel"; the coup)
    # 216 when both merged (session 21)
    # 216 in session 21 (figside21): a figure conflict about another slot than its
    # partner's point, left out of every point by `_points`, joins that point
    # (`figure_leftovers`: the trade talks' carmaker shares, 5.4 against 5.1 percent, and
    # one held-out point)
    # 218 with all of session 21's branches merged (lead)
    # 219 in session 21 (units21): terms in two units of time compare in days
    # (`figure_durations`: the protest's ban "for 30 days" / "for two weeks")
    # 219 in session 21 (speakers21, offline-120): "X, his lawyer, told" keeps its speaker, so
    # the fraud's defence ("did not keep a cent") is the lawyer's and meets the prosecutor's
    # 220 with units21 and speakers21 both merged (lead)
    # 229 with blindS21's held-out batch merged on the session's final code (session 21, lead)
    # 235 with blindT21's batch merged too, on the session's final code (session 21, lead)
    # 221 with blindS21's three as written (7 of 14)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 220 with blindT21's three as written (6 of 16)
    # (session 21, blindT21; no code change, measured on 6f423c5)
    # 221 in session 21 (figread21): a rough time to the minute rounds to ten minutes, and a
    # left-out time conflict joins its partner's point of figures (the derailment's time)
    # 236 with figread21 and both session-21 batches merged (lead)
    # 242 in session 22 (figdisp22, figure_count_subjects): the tolls told as "the number of
    # people killed in X rose to N" meet the outlets' own counts (avalanche, collapse, crush,
    # landslide; two held-out, not read); 243 with a plural subject ("Reports of suspected
    # side effects reached 57": the vaccine batch's reports, 38 / 57)
    # 235 with the learned group join switched on (session 22, joinsig22; lowered by one, a
    # trade: the scandal's "Ledger reported on Monday that the ministry had steered the work"
    # now joins the agreed "first reported on Monday by The Castrel Ledger" item, a right
    # join, and so no longer stands as a side of the steered-contracts point; agreed +3)
    # 242 with figdisp22 and joinsig22 both merged (session 22, lead)
    # 247 in session 22 (figupd22): a bound passed by a later day's count is an update inside
    # its group (the ferry's more than 240 / 248 rescued, the quake's 1,100 / 1,150 buildings),
    # and two voices' counts of two days, the later told as "now", meet at the plain bar
    # (the landslide's 600 / about 800 soldiers and its toll's at least 12)
    # 246 with joinsig22 and figupd22 both merged (session 22, lead)
    # 243 with blindU22's three as written (7 of 14)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 246 with blindV22's three as written (10 of 12)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 264 with both session-22 batches merged on the final code (session 22, lead)
    # 265 in session 23 (nogold23): two figure claims both dated apart from the news make no
    # point (`background_sides`); the scandal's point takes a gold side in its place
    # 268 with disputes23 (the spill's vessels and booms, the bank's branches, the mine's
    # cause: a verb after "and" is no second kind, an explanation is a told cause)
    # 269 with nogold23 and disputes23 merged (session 23, lead)
    # 272 in session 23 (figslots23): "police officers" / "officers" and "households" /
    # "homes" count one thing when the two tell one act (protest, collapse, storm)
    # 273 with participle23 (a held-out cluster, not read)
    # 271 with blindW23's three as written (7 of 13)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 280 with blindW23 merged (session 23, lead)
    # 272 with blindX23's three as written (8 of 13)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 288 with blindW23 and blindX23 merged (session 23, lead)
    # 297 with blindY24's three as written (9 of 19)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 291 with blindZ24's three as written (3 of 10)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 300 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 301 in session 25 (figdisp25): the sinking's "at least 20 people died" (3 June) and
    # "at least 24 people are known to have died" (4 June), one agreed toll, are an update
    # 305 with blindA25's three as written (5 of 13)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 306 with blindB25's three as written (6 of 15)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 313 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 214 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 253 in session 26 (dispute26): two moves in other words ("shares fell 3.8 percent" /
    # "the stock closed down 4.1 percent"; "jumped 27 percent" / "closed up 24.6%")
    # 252 (session 26, falsepoint26: a count of those still on the run is no rival of how
    # many broke out, `Figure.remaining`; the escape's count of inmates is found)
    # 254 with both merged (session 26, lead)
    # 255 in session 26 (blockdeny26, with falsepoint26 merged): a denial met by a rare key
    # and one more (the eruption's alert raised "as soon as the report called for it" /
    # recommended three days before)
    # 256 (session 28, speakers28: "In a statement it said no detainee had been force-fed",
    # now the corrections service's, answers the lawyer's force-feeding claim)
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # 281 (session 29, disputes29: blind_airlinestrike's "denied that its negotiators had
    # walked out" now opposes the union leader's account, "X repeated that ..." read as X's)
    # 279 (session 29, cleanup29; lowered by 1, justified): blind_factoryfire's "undercount"
    # was found only because "Castell rejected that. '… no hidden toll,' he said" gave the
    # quotation to the union leader, whose own charge it then contradicted; with the
    # quotation now Castell's the merger pairs his denial with no side of the charge
    # 280 (281 - 1: cleanup29's factoryfire speaker) with the four code branches of
    # session 29 merged (lead)
    # session 30 (lead): session 23's six held-out clusters released to training
    # 301 (session 30, nogold30: "also" sentences for one-article rebuttals the gold missed,
    # an accusation or a denial told in a sentence next to its anchor; six disputes were
    # shown only by such a point: cablecut, ceasefire, outage, poisoning, ratecut, takeover)
    # 304 with the five code branches of session 30 merged (lead)
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 31 (nogold31): 316 (gold "also" sentences for one-article sides the released
    # clusters' gold missed: barriers, fabrication-vs-honest-error)
    # +2 (session 31 (actlike31): one count with its act in other words, learned within
    # the batch, figure_act_alike: blind_dambreach's evacuated / moved out of their homes,
    # and blind_poisoning's 12 "taken to hospital" / 19 "now in hospital")
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # 331 (session 32 (disputes32): two voices' counts of one named noun disputed at the
    # plain conflict bar, `voice_counts`: blind_drugrecall's patients, blind_poisoning's
    # schools)
    # session 33 (lead): session 26's six held-out clusters released to training
    # 349 (session 33 (nogold33): a back-pointing denial's reasons pick the accuser's claim
    # it answers, `reason_answers`: blind_boilwater's generator; "also" sentences for two
    # plainly right one-article rebuttals the gold missed: blind_escape, blind_prisonriot)
    # 347 (session 33 (disputes33): a notice given to a party against that party's own
    # denial of any, across two origins, `notices`: blind_pricehike's "wrote to the
    # ministry" / "received no such letter")
    # session 33 (lead): 350 with nogold33 and disputes33 merged
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 34 (disputes34): 366 (`negation_blocks`: "This vote is not binding" against
    # another party's "the vote is binding, and the leader must step down ...", never
    # compared before: blind_councilvote)
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 35 (disputes35): 384 (within-article second accounts: a named estimate
    # "puts the fall at nearer 9 per cent" and "the final figure was likely to be £40m",
    # `figure_answers`: blind_teacherballot, blind_museumfire; a claim called "not our
    # understanding" / "not what prosecutors told us", `pronoun_denials`: blind_lottery x2)
    # session 35 (nogold35): 381 (gold: blind_airportdrones's "The airport says that is not
    # true", right after the pilots' claim, is an "also" of the airport's side)
    # session 35 (lead): 385 with disputes35 and nogold35 merged
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 36 (disputes36): 403 (`timed_answers`: two tellers' times of one moment set
    # side by side in one article, "The families say they called at about 7:30 p.m. The
    # police say the first call was logged at 11:48 p.m.")
    # session 36 (nogold36): 401 (`denial_reasons.reasons_after`: a bare denial's side cites
    # the rest of its sentence of reasons, "and that no such request was received":
    # blind_cranecollapse's radio request)
    # session 36 (lead): 404 with speakers36, disputes36, agree36 and nogold36 merged
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 40 (split40): 454 (a figure set against a clause's own, "almost twice the
    # limit of 20", cut into its own claim)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 43 (lead): a spokesman after a body named by its kind speaks for it (offline-290)
    # session 43 (disputes43): 499 (a member's own figure against another party's it tells)
    # session 43 (lead): lead43 and disputes43 merged
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (denials44): 520 (a short denial bound to the charge a sentence or two up)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (disputes45): reasons move an answer within the accuser's passage only
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (vetoes46): two named sources of one unquoted event fact join at p >= 0.7
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (negscope47): passive noun negation vs its noun as object
    # session 47 (released47): 'four-fifths of the X' is a share
    # session 47 (lead): released47 merged on the five before (offline-412)
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (released48): count noun's of-phrase head; rather after a number
    # session 48 (onearticle48): two speakers of one article disputing
    # session 48 (lead): onearticle48 merged, floors re-measured
    # session 48 (negverb48): irregular pasts and 'paid nothing' read by rule 6
    # session 48 (negverb48): a named negation blocked with an unattributed statement
    # session 48 (lead): negverb48 merged, floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 50 (accused50): accused side's denial in one article
    # session 50 (figureblock50): lone unit figures met by size; +3 disputes
    # session 50 (lead): accused50 + released50 + figureblock50 merged, measured together
    # session 50 (twofacts50): as/while/because/before clauses cut into claims
    # session 50 (lead): all six helpers merged (offline-673), measured together
    # session 50 (lead): lower-case label nouns' numbers ('near junction 13') count nothing
    # session 50 (andcut50): ', and <subject> <verb>' cut (and_cuts.py)
    # session 50 (lead): andcut50 merged with the label-noun reading (offline-674)
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 51 (released51): credit/promo lines as furniture; hedged claim vs flat denial
    # session 51 (bars51): a bare negation across two voices rebuts (+3 disputes)
    # session 51 (lead): released51 + bars51 merged, measured on the merged tree
    # session 51 (slot51): learned one-slot model for lone counts: disputes +2, agreed +1
    # session 51 (lead): slot51 merged, measured on the merged tree
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 52 (released52): subject-verb after a relative; day-first dateline; answer 'No.'
    # session 52 (candidates52): one rare figure blocks a pair (figure_neighbours)
    # session 52 (lead): candidates52 merged on lookalike52 + dev52 + released52
    # session 52 (lead): a 'that' denial after one voice's charge + quote bound to the charge
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 53 (durations53): a term told by 'a'/'one' is a figure: +1 dispute
    # session 53 (nogold53): one voice on both sides of a conflict makes no point
    # session 53 (nogold53, merged): one voice's two remarks make no point
    # session 53 (denials53): a denial naming its accuser answers only that accuser
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (released54): owned titles tie officers to bodies; a pronoun-told side rebuts
    # session 54 (disputes54): two voices quoted by one outlet make a rebuttal; a party's stated
    # side stays agreed
    # session 54 (lead): disputes54 merged on released54 + dev54, floors re-measured
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 55 (grouped55): a duration a verb of lasting takes is a term, after a modal a forecast
    # session 55 (twosides55): a claim telling an earlier figure no outlet gives is a told update
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 56 (toldwhen56): an update told inside one claim (time clause, revision cues)
    # session 56 (released56): apposed title no clause; 'X of <Body>' speaks; 'X, in its' a body
    # session 56 (lead): released56 merged with toldwhen56, seatpoint56, datesides56
    # session 56 (speakerlabels56): a lower-case job title before a name is no name part
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (baredenial57): bare denial's reasons by a description; none when they are a point
    # session 57 (bodyperson57): more appositive shapes tie an officer to its body
    # session 57 (lead): merged bodyperson57
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 58 (neverpaired58): a bare count told as a speech verb's object ("says 5.1
    # million") meets the figure it clashes with (figure_blocks), disputes +2
    # session 58 (released58): long denied objects met by a third
    # session 58 (lead): merged released58 + neverpaired58
    # session 58 (kinds58): rule 6 reads the stating side's object to the head of its noun phrase
    # session 58 (lead): merged kinds58
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 59 (accounts59): two parties' dates of one matter are a dispute (dated_rivals)
    # session 59 (negpara59): rule 6 reads a negation of a paraphrase (disputes +3, split +3)
    # session 59 (lead): negpara59 merged
    # session 60 (lead): session 53's six released to training
    # session 61 (lead): session 54's six released to training
    # session 61 (nogold61): denial joins its main claim
    # session 62 (lead): session 55's six released to training
    # session 62 (disputes62): party halves, initialisms
    # session 62 (released62): speaker heads, Its subject
    # session 62 (lead): released62, speakers62, editor62, apiwarn62
    # session 63 (lead): session 56's six released to training
    # session 63 (disputes63): counts read back in their article
    # session 63 (released63): parts told of a whole
    # session 63 (lead): released63 merged
    # session 64 (lead): session 57's six released to training
    # session 64 (figslots64): one-slot model refit, 2 features
    # session 64 (released64): a code's digits meet only their code
    # session 64 (smallfix64): pounds as sterling, re- by vectors
    # session 64 (lead): the merged tree
    # session 65 (lead): session 58's six released to training
    # session 65 (lengths65): length rivals by act+occurrence
    # session 65 (figsyn65): counted nouns in other words
    # session 65 (lead): merged tree
    # session 66 (lead): session 59's six released to training
    # session 66 (released66): told-before figures and dates
    # session 66 (speakers66): judging verbs, asked frames
    # session 66 (lead): merged tree
    # session 66 (lead): speakers66 in part
    # session 66 (lead): past-tense estimate frames
    # session 67 (lead): session 60's six released to training
    # session 67 (released67): a length's 'long' no counted noun
    # session 67 (tallies67): tallies read as one paired figure
    # session 67 (verdicts67): verdict verbs of judging, mended
    # session 67 (lead): merged tree
    # session 67 (lead): participle verdicts no back-reference
    # session 68 (lead): session 61's six released to training
    # session 68 (lead): pronoun verdicts point back
    # session 68 (released68): announced rival figures
    # session 68 (released68): '; X denies it' a clause
    # session 68 (lead): merged tree
    # session 68 (clocktimes68): time clauses cut by shape
    # session 68 (lead): merged tree
    # session 69 (lead): session 62's six released to training
    # session 69 (tallies69): closing remark of a quote run; vote tallies
    # session 70 (lead): session 63's six released to training
    # session 70 (slots70): crossed contrasts, rule 6
    # session 70 (lead): the merged tree's floors
    # session 71 (lead): session 64's six released to training
    # session 71 (lead): the merged tree's floors
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("disputes_found") >= 1103, shown("disputes_missed")
    # 298 (session 30, disputes30): a negated "such" phrase answers the claim of another
    # side just before it that states its noun ("never received such a report", "had not
    # received any such paperwork", "no such meeting had taken place": blind_bridgefail,
    # blind_collapse, blind_coachsacked; `such_answers`)


def test_few_contested_points_show_no_gold_dispute() -> None:
    # 2 after session 13: the army's "secondary explosions" against the council head's
    # rejection (a second point of the school/depot accounts; airstrike) and "tens of
    # thousands" against the organisers' 150,000 (protest). Gone: the UN's post against
    # the army's denial (the denial now answers the toll), and the verdict's "three of five
    # counts" / "acquitted on two" and "up to 20 years in prison" / "eight years" in office.
    # 1 in session 15 (figcand15): "tens of thousands" against the organisers' 150,000 is
    # now a side of the organisers' own 120,000 / 150,000 point (gold organisers-count)
    # session 16: the blind clusters add 7 as written, 4 after blindA16 (the layoffs'
    # retaliation charge and denial told by one outlet each, a date clash of last year's
    # final and another match in March, the governing party's charge against the court's
    # spokeswoman's denial, whose gold side cites her quotation, not her denial)
    # blindB16's three: 3 as written, 1 after its fixes ("would not release the footage
    # until ..." negates nothing; "cost-effective only at a price of ..." is a condition)
    # blindD16's second batch adds 7 as written (the storm's Tarrosa look-alikes: 250,000
    # evacuated against 18,000 sheltered, 900,000 against 60,000 homes, Category 1 before
    # against Category 2 after; the acquisition's price against a closing share price, the
    # 27 percent rise against the 32 percent premium; the trial's acquittal against "rejected
    # his claim", the defence quotation against the DA's rejection told in one article)
    # blindC16's adds 8 as written (no code change): the election's third party's 31 seats
    # against the commission's rejection of its fraud claim, the government's "dozen years"
    # against the winner's six years as a mayor, the winner's coalition quotation against
    # the commission's dismissal; the strike's union demand (11 percent) against the offer
    # (6.5), dock workers' nine days in 2024 against drivers' three in 2009, "at least six
    # services" with agency drivers against "one in seven" services ran; and two right
    # disputes whose denial side is a bare "The commission rejected the claim." / "The
    # company denied it." where the gold anchors the quotation or the words after it
    # his claim", the defence quotation against the DA's rejection told in one article);
    # 12 (company16): one of the layoffs' two retaliation points is the gold dispute
    # 20 with company16 on all twelve
    # 9 after precision16 (Category 1 is the value a change started from, "homes and
    # businesses" counts two kinds, "rejected his claim ... but acquitting him" denies no
    # acquittal, a 32 percent premium is no share move)
    # 16 on all twelve with precision16 merged
    # 15 after precisionC16's fixes (the first six of those: denial scope, an act's
    # sentence, terms of two acts, a demand / an offer, years of "when" clauses, ratios)
    # 10 with precisionC16 merged too
    # 17 with blindE17's as written (7: two countries' tolls disputed as one, an aftershock's
    # magnitude against the quake's, 212 against "more than 200" killed in 1998, 20 miles to a
    # detector against 40 miles to a port, a bank's assets / deposits / another bank's
    # deposits, "could not be reached for comment" against a later denial); 16 after
    # blindE17's no-comment rule (a silence is no side of a denial)
    # 6 after precision17 (session 17: a match final and a league ruling of two years, a
    # place-less evacuation count framed by two countries, a landfall at two places' clock
    # times, and trial's and strike's accusation told by two outlets now one point each)
    # 5 with precision17 and disputes17 both merged (session 17, lead)
    # 11 with both (blindE17's three: 5 of them; precision17's rules on the other twelve)
    # 10 with blindE17 merged (session 17, lead)
    # 17 with blindF17's third batch as written (7: the second city's 4,000 marchers and six
    # detained against the capital's 65,000 and 38, "several hundred protesters" against
    # "more than 100 hurt", a 2023 roof fall's three trapped against eleven rescued, a
    # 300-metre inspection threshold against a 370-metre depth, a day of mourning against
    # "rejects that explanation", Wednesday's 14 out against Thursday's four dead)
    # 16 after blindF17's threshold fix (the 300-metre inspection threshold is a condition)
    # 15 after figure_subjects (the police's 65,000 / the second city's 4,000 point now
    # holds the organisers' 250,000, the gold turnout dispute)
    # 14 after vague_counts_of_two_verbs ("several hundred protesters tried to push" /
    # "more than 100 protesters had been hurt": two groups)
    # 10 with precision17 and blindF17 merged (the older 12 blind clusters' 5, these three's
    # 4 and the older made-up's 1)
    # 14 with blindF17 merged (session 17, lead)
    # 12 with blindG17's fourth blind batch as written (7 more, no code change: the ferry's
    # build year against its sister ship's 2011 capsizing, its departure time against the
    # capsizing time, an overloading quotation whose gold side anchors the words after it;
    # the talks' "Nobody told me to leave ..." against the other side's walkout account; the
    # crush's tickets sold against a denial of the gate delay, a toll and a gate-delay point
    # whose gold sides anchor other sentences of the same articles)
    # 21 with blindG17 merged (session 17, lead)
    # 19 after precisionD17 (the ferry's build year against its sister ship's capsizing
    # year, its departure against its capsizing time: two acts' times, `timed_acts`)
    # 23 with blindH17's fifth blind batch as written (4 more, no code change: the outage's
    # 1,800 emergency calls "could not be connected" / "failed to connect" taken for a
    # negation, the union's five million against the company's rejection of its staffing
    # account (the gold's staffing sides anchor the quotations); the poisoning's "Greenplate
    # supplies most of the town's schools" against its denial of blame; the heist's dealer's
    # one-painting price against the insured value)
    # 29 with blindI18's sixth blind batch as written (6 more, no code change: the spill's
    # cargo of 85,000 tonnes against the 2,600 tonnes leaked, the Meridian's own lead
    # accusation against its "flatly denied"; the bankruptcy's founder's age against "Mr
    # Pennick has denied doing so", the £38 million "over two years" against "in 2022 and
    # 2023" read as a date clash, the union's accusation told as a point apart; the
    # landslide's Pelt toll of two against Tarvo's nine and 800 troops)
    # 28 after blindI18's "denied doing so" (no longer a side against the founder's age)
    # 15 in session 18 (lead): the "also" sentences confirm eight points that showed a real
    # dispute through another sentence of a side's article (seven clusters)
    # 22 in session 18 (disputes18): the ferry's point of one relative's quotation against
    # the operator's rejection now holds the operator's "not overloaded" too (gold); 21: the
    # trade talks' point of the minister against her own "Nobody told me to leave" is gone
    # 14 with disputes18 merged (session 18, lead)
    # 20 with both (blindI18 merged with the lead's "also" gold)
    # 19 with blindI18 merged (session 18, lead)
    # 9 with precision18 (with main's "also" sentences): the outage's calls
    # (`implied_negation`), the poisoning's supplier (`denial_objects`), the mine's 14
    # brought up / four dead and 11 brought up / the last three (`figure_partitives`), the
    # talks' "Nobody told me to leave" (`negated_instructions`), the crush's tickets against
    # the gate denial and its second gate point (`told_claims`: one gate point)
    # 14 with precision18 merged (session 18, lead)
    # 22 after recallC18 (the outage's 1,800 emergency calls: "failed to connect" negates)
    # 15 with recallC18 merged (session 18, lead)
    # 14 with the ferry gold's "also" sentence for the relatives' "crowded well beyond its
    # normal load" (a real overloading side that recallC18's merge made a point of)
    # 28 with blindJ18's seventh blind batch as written (5: eruption's 186 flights against
    # "close to 190", the airport's closing, expected and actual reopening times as one
    # point, the alert dispute whose sides cite other sentences than the gold's; kidnap's
    # two denials of the ransom as sides, the spying charge against "Open Hands rejected
    # the accusation" where the gold anchors other sentences)
    # 19 with blindJ18 merged (session 18, lead)
    # 22 with blindM19's three as written (3, raised: data only, no code change; the fraud's
    # two counts and $1.1 billion payout against Amsel's nine counts and $310m, the
    # collapse's toll of seven read as six upper floors and a noon minute's silence against
    # 10 a.m., the guides' "black and white" quotation against the resort's rejection)
    # 24 with blindL19's batch as written (5: the pipeline's 340 homes against another
    # pipeline's 90 near another town; the coup's "The republic stands" against the exiled
    # general's denial, the bloc's "lay down their arms" against "have not surrendered their
    # claim"; the listing's rival's $18 against the $24-$27 range and the underwriters' 21
    # million option shares against the 141 million sold, a short position against the
    # company's denial of another charge)
    # 27 with blindM19 and blindL19 merged (session 19, lead)
    # 26 with slots19 (merge/slot_model.py, a learned veto of figure disputes between counts
    # of two things: the protest's six detained no longer dispute the crowd); 25 with
    # `value_shared` (session 19, learn19)
    # 28 with atoms19 (raised: offline-108 cuts "would assume $4.2 billion of deposits and
    # buy $3.9 billion of loans" into two claims, each with its modal; the merger then reads
    # the bank's deposits and loans as one figure slot and makes them a point: a slot
    # question for the merger, `compare`; the same cut makes one mixed item fewer)
    # 26 with learn19 and atoms19 merged (session 19, lead)
    # 23 with blindK19's eighth blind batch as written (raised by 4, its as-written count:
    # the ceasefire's 2023 truce of 40 days against this one's planned 30, its "eleven-year
    # civil war" against "almost two years", the Solen signing; the blast's production hall
    # against a resident's "wall of heat hit the front of the house")
    # 31 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 26 with learn19 and atoms19 merged (session 19, lead)
    # 29 with blindN19's three as written (3, raised: data only, no code change; the
    # heatwave's minister's "issued the moment the forecast crossed the threshold" against
    # the ministry's own denial, the rail strike's midnight start against the ruling's
    # 6 p.m., the data leak's consumer advice against the retailer's card-data denial)
    # 34 with blindN19's batch merged (session 19, lead)
    # 37 with blindO19's three as written (3 points showing no gold dispute: a quotation against a
    # rebuttal in one origin, a cut against the 2024 cut and its denial, a court recount against
    # 'baseless'; no code change; session 19, measured on 578a7b1)
    # 38 with blindQ20's three as written (raised by 1, data only: the sanctions minister's
    # transponders quotation
    # shown as a point) (session 20, no code change; measured on c544772)
    # 36 with background20 (a group retelling another occurrence is no side of today's
    # figure point: the landslide's smaller slide in Pelt, the listing's rival's $18)
    # 37 in session 20 (accuse20, -1 on main with blindQ20): a denial's reasons shown on
    # its side make one point show its gold dispute
    # 35 with background20 and accuse20 merged (session 20, lead)
    # 44 with blindP20's three as written (7 there: the bus's 2014 crash against this one's
    # toll and a 2014-vs-2019 date, the takeover's offer against share prices; no code change;
    # session 20, on c544772)
    # 42 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 48 with blindR20's three as written (6 there: the dam's "not an act of God" against "acted
    # properly", the chip ban's Thursday workers against Friday's investors and the ministry's
    # "responded within hours", the hunger strike's "runs the centre" against "untrue" and the
    # service's denial against itself)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 49 in session 21 (extract21, offline-117, raised by 1): one more point on the held-out
    # blind_blast (not read: the protocol scores it by its summary row only), beside the
    # dispute it gained; the training clusters stay at 24
    # 38 when both are merged (session 21: nogold21's 37 and extract21's held-out point)
    # 39 with blindS21's held-out batch merged on the session's final code (session 21, lead)
    # 43 with blindT21's batch merged too, on the session's final code (session 21, lead)
    # 42 in session 22 (figdisp22): the collapse's union point is gone (its claim's seven dead
    # now meet the fire service's five in the toll point)
    # 49 with blindU22's three as written (raised by 6, data only: the rate cut's minister's
    # welcome against the bank's rejection of the pressure charge, the economist's wage
    # quotation against "such claims were false", the bank's and the minister's two denials
    # against each other; the riot's union figures (38 officers, 1,500 inmates, built for
    # 900, 120 officers lost) as one point, the rights group's weapons-logs request against
    # "baseless", the minister's "without a shot" against the ministry's own denial)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 46 with blindV22's three as written (3 there)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 45 after blindV22's gold fix (blind_wildfirevac: the utility's "rejected that account",
    # left out of its denial side's "also" by oversight; the point it shows is that dispute)
    # 50 with both session-22 batches merged on the final code (session 22, lead)
    # 48 in session 23 (nogold23): two figure claims both dated apart from the news (two
    # other banks' deposits in 2019 / 2022, two retellings of a 1998 quake) make no point
    # 47 with disputes23 (the bank's two deposit points, the mine's rejected explanation)
    # 46 with nogold23 and disputes23 merged (session 23, lead)
    # 45 with members23 and clauseview23 merged (session 23, lead)
    # 44 with participle23 (a held-out cluster, not read)
    # 55 with blindW23's three as written (5 there); 54 after blindW23's gold fix (raised by 4,
    # data only: blind_gasleak's "The company denied that." and "a charge the company flatly
    # denied", left out of the staffing denial side's "also" by oversight; the points left: the
    # company's denial against the agency's reading, the agency's 6 a.m. reading against the
    # leak's 1:45 a.m., the leak's 1:45 a.m. against the return home at 10 a.m.; the coach's
    # "parted company" against "is no longer Athletic Corvel's coach")
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 48 with blindW23 merged (session 23, lead)
    # 55 with blindX23's three as written (raised by 5, data only: the helicopter crash's two
    # crew members' ages (44 against 31) as one point; the merger's "two of the biggest chains"
    # against "the number three", the minister's "first concern of every family" against the
    # authority's rejection of the pressure claim; the recount's 212 on election night against
    # 87 after it (an update every story states as such) with the 360-vote recount threshold,
    # and the provisional totals against the recount's)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 53 with blindW23 and blindX23 merged (session 23, lead)
    # 60 with blindY24's three as written (7 points showing no gold dispute)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 57 with blindZ24's three as written (raised by 4, data only: the engineer's letter
    # dates against his leaving date, his quotation against the company's denial in one
    # article, the clearance against the police denial, a spokesman's 'correct at this stage'
    # against the author's denial)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 64 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 66 with blindA25's three as written (raised by 2, data only: the bank's denial of
    # suppressing staff concerns against the whistleblower's leaving the bank, one passenger's
    # two days in her cabin against other passengers' three)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 67 with blindB25's three as written (raised by 3, data only: the minister's accepted
    # resignation against his spokesman's denial, the wage deal's "six weeks" against clinics
    # reopening on Monday, a union demand of 5 percent against a bond yield)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 69 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 10 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 30 (session 26, falsepoint26: a truce meant to hold 30 days is a plan, not a rival of
    # another truce's 40; seven inmates who broke out against five still on the run)
    # 29 (session 26, polarity26: a denial and another speaker's own negation of what it
    # denies, "denied that any ransom had been paid" / "No ransom was paid", are one stance)
    # 24 (session 27, falsepoints27: two earlier crashes' years, a weekday clause's adjective
    # read as an act, "was due to begin at midnight" against a ruling's time, an offer against
    # the closing share price, a denial and a negation of one stance)
    # 23 (session 28, speakers28: a quotation's "spent defending 10 to the dollar" is an
    # earlier level, no rival of the new rate)
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # 32 (session 29, falsepoints29: what a prison was built for, a count summed since a
    # year, one person's quoted words against their own reported words)
    # 34 (session 29, cleanup29: blind_eruption's point without gold gone with "Its director,
    # Irena Valdic," read as a person)
    # 31 with the four code branches of session 29 merged (lead)
    # session 30 (lead): session 23's six held-out clusters released to training
    # 28 (session 30, nogold30: ten one-article rebuttals the gold missed given "also"
    # sentences; "Menck also dismissed the accusation" answers what the denial before it
    # answers, not that denier's spokesman; a request told before a denial, "asked a court
    # to order a recount", is no accusation it answers)
    # 27 with the five code branches of session 30 merged (lead)
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 31 (nogold31): 31 (a verb negation passes over a name, "not one X soldier";
    # "without" negates its noun; a back-pointing denial stops at another side's denial;
    # "also" sentences for three real one-article rebuttals the new gold missed)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 32 (nogold32): 34 (a date conflict one of whose statements names both weekdays,
    # "will reopen on Monday ..., managers said Friday", dates two acts: point_vetoes.shared_time;
    # "designed for storms of about 50 millimetres" is a limit: figure_scope.built_for)
    # session 32 (lead): 33 (telling.dates_a_telling: a period on a verb of telling,
    # "this month said they had approved", dates the report, not the act;
    # blind_rocketfail's point on such a period is gone)
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 33 (nogold33): 32 (`reason_answers`: a back-pointing denial answers the claim
    # of the accuser's passage its reasons speak of, blind_boilwater, blind_busplunge,
    # blind_hunger; "also" sentences for four plainly right one-article rebuttals the new
    # gold missed: blind_paintings, blind_fanriot, blind_escape, blind_prisonriot)
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 34 (disputes34): 37 (`negation_blocks`: blind_councilvote's and blind_gasleak's
    # points without gold are gone, their negations set against what they rebut)
    # session 34 (nogold34): 37 (point_vetoes.named_both: two values one claim states side
    # by side are two slots, blind_fanriot's crowd and capacity, blind_helicrash's ages)
    # session 34 (lead): 35 with disputes34 and nogold34 merged (their points differ)
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 35 (nogold35): 47 (`timed_acts.doers_apart`: two tellers' clock times of two
    # acts with two doers, one article giving both, are two events: blind_airportdrones's
    # soldiers' arrival and the airport's reopening); 45 with two "also" sentences the new
    # gold missed for plainly right one-article rebuttals (blind_airportdrones's "The
    # airport says that is not true"; blind_sportsfine's "had supplied key documents
    # months after they were requested", the commission's side of `cooperation`)
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 36 (disputes36): 51 (two fewer with `timed_answers`; the one-article time
    # conflicts re-shape points elsewhere, clusters not traced)
    # session 36 (nogold36): 52 (`denial_reasons.reasons_after`: blind_cranecollapse's
    # "Brenford rejects the claim." side now cites "no such request was received")
    # session 36 (lead): 50 with speakers36, disputes36, agree36 and nogold36 merged
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 38 (points38): 69 (an hour in words is no count: marathon's "half past
    # ten / twelve / eight" and drought's "until five in the morning" no figure points;
    # a number needed is no result: councilvote's "needs 29 votes to pass" vs 31 to 24)
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 39 (points39): 79 (timed_acts: a month or "last month" dates its clause's act;
    # blind_moldschool's complaint in January vs roof repaired in 2024, blind_lottery's plan)
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 41 (lead): 'none of the 22 crew' negates the predicate, not the count
    # session 41 (lead): 'had been refused permission' restates 'had not given permission'
    # session 41 (lead): a denial's closing purpose clause is not what it rejects
    # session 41 (speakers41): 94 (bodies named by a common noun: institute, charity, ...)
    # session 41 (lead): re-measured after merging speakers41 onto the lead's changes
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 42 (released42): 101 ("11 of 23 files" is a part of 23: no false figure point)
    # session 42 (lead, bodies42's measured rule): "chair" is a title word like "chairman"
    # session 42 (lead): a prohibition ("illegal for shops to sell") negates the act it forbids
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 43 (lead): a spokesman after a body named by its kind speaks for it (offline-290)
    # session 43 (released43): 114 ("up 22 percent on last year" dates no act: no date point)
    # session 43 (lead): released43 merged
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (denials44): 122 (short denials answer the charge, not a quotation between)
    # session 44 (released44): 123 with denials44 (organtheft's "it said" now the regulator's)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (disputes45): reasons move an answer within the accuser's passage only
    # session 45 (pointback45): a charge in a denial's own sentence; that-clauses
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (vetoes46): two named sources of one unquoted event fact join at p >= 0.7
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (precision47): figures of one kind, none shared: no join
    # session 47 (speakers47): kind spokespeople, acronym bodies, owned appositives
    # session 47 (lead): speakers47 merged with precision47
    # session 47 (released47): 'in April that year' names no period
    # session 47 (lead): released47 merged on the five before (offline-412)
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (released48): count noun's of-phrase head; rather after a number
    # session 48 (speakers48): owner's person speaks; described bodies (offline-632)
    # session 48 (lead): speakers48 merged (offline-661), floors re-measured
    # session 48 (negverb48): irregular pasts and 'paid nothing' read by rule 6
    # session 48 (negverb48): a named negation blocked with an unattributed statement
    # session 48 (lead): negverb48 merged, floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 49 (speakers49): body by its head noun, weekday, his spokesman; wrong spk -3
    # session 49 (nogold49): rather than / ruled out negate as not does (ransomware, carbonrebate)
    # session 49 (nogold49): "X but not Y" that states X's concept first rebuts none (birdflu)
    # session 49 (lead): nogold49 merged on speakers49, floors re-measured
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 51 (bars51): +1, poolchlorine 'There was no alarm' vs 'raised the alarm' (right)
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 52 (lookalike52): a named owner's figure is no rival (figure_possessed)
    # session 52 (released52): subject-verb after a relative; day-first dateline; answer 'No.'
    # session 52 (lead): released52 merged on lookalike52 + dev52
    # session 52 (lead): a 'that' denial after one voice's charge + quote bound to the charge
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 53 (released53): 'its'/'the agency's' officer speaks for the body; label nouns
    # session 53 (speakers53): a spokesman after a named body's clause is its spokesman
    # session 53 (speakers53, merged): body spokesman, kin names
    # session 53 (nogold53): one voice on both sides of a conflict makes no point
    # session 53 (nogold53, merged): one voice's two remarks make no point
    # session 53 (denials53): a denial naming its accuser answers only that accuser
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (released54): owned titles tie officers to bodies; a pronoun-told side rebuts
    # session 54 (disputes54): two voices quoted by one outlet make a rebuttal; a party's stated
    # side stays agreed
    # session 54 (lead): disputes54 merged on released54 + dev54, floors re-measured
    # session 54 (quantity54): a joined size and a distance are no one slot (turbineblade)
    # session 54 (lead): quantity54 merged, floors re-measured
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 55 (released55): no title from a trailing '..., <Name> said'; scale-word bound step
    # session 55 (grouped55): a duration a verb of lasting takes is a term, after a modal a forecast
    # session 55 (lead): released55 + grouped55 merged
    # session 55 (twosides55): a claim telling an earlier figure no outlet gives is a told update
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 56 (released56): apposed title no clause; 'X of <Body>' speaks; 'X, in its' a body
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (baredenial57): bare denial's reasons by a description; none when they are a point
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 58 (released58): long denied objects met by a third
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 59 (released59): a ranged fine, a rating as a limit, a measure before a time
    # session 60 (lead): session 53's six released to training
    # session 60 (nogold60): closed-class figure slots no dispute
    # session 60 (bodyofficer60): 'Its' title -> body opened on
    # session 60 (lead): merged tree
    # session 61 (lead): session 54's six released to training
    # session 61 (released61): owner titles, pay claims, tagline
    # session 61 (nogold61): denial joins its main claim
    # session 61 (lead): released61 + nogold61 merged
    # session 62 (lead): session 55's six released to training
    # session 62 (answers62): rejection answers its accuser
    # session 62 (disputes62): party halves, initialisms
    # session 62 (lead): answers62 + disputes62 merged
    # session 62 (released62): speaker heads, Its subject
    # session 62 (lead): released62, speakers62, editor62, apiwarn62
    # session 63 (lead): session 56's six released to training
    # session 63 (disputes63): counts read back in their article
    # session 63 (released63): parts told of a whole
    # session 63 (lead): released63 merged
    # session 63 (tables63): seed tables out, leads by shape
    # session 63 (lead): tables63 merged
    # session 64 (lead): session 57's six released to training
    # session 64 (nogold64): an answer withheld rebuts nothing
    # session 64 (figslots64): one-slot model refit, 2 features
    # session 64 (lead): the merged tree
    # session 65 (lead): session 58's six released to training
    # session 65 (nogold65): negation meets only its own act/thing
    # session 66 (lead): session 59's six released to training
    # session 66 (speakers66): judging verbs, asked frames
    # session 66 (update66): update sentence on both sides
    # session 66 (lead): merged tree
    # session 66 (lead): speakers66 in part
    # session 67 (lead): session 60's six released to training
    # session 67 (released67): a length's 'long' no counted noun
    # session 67 (lead): participle verdicts no back-reference
    # session 68 (lead): session 61's six released to training
    # session 68 (lead): pronoun verdicts point back
    # session 68 (released68): announced rival figures
    # session 68 (lead): merged tree
    # session 68 (clocktimes68): time clauses cut by shape
    # session 68 (lead): merged tree
    # session 69 (lead): session 62's six released to training
    # session 69 (tallies69): closing remark by a pronoun
    # session 70 (lead): session 63's six released to training
    # session 70 (released70): a month alone is a shared time
    # session 70 (lead): the merged tree's floors
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("points_unconfirmed") <= 274, shown("unconfirmed_items")
    # 39 (session 30, agree30: blind_spyexpel's point without gold gone)
    # 37 in session 21 (nogold21, on 6f423c5): precision vetoes (`point_vetoes`: a demand
    # against its unmet act, two claims that share a year, a planned time against an act's;
    # an amount qualified by what it includes, an insurance sum, a reporter's own count,
    # "close to"; a figure of an earlier year's event inside one group; a denial of "the
    # accusation" told by another verb of accusing, a quotation run's first quotation)
    # 49 with blindS21's three as written (1 there: the devaluation's old rate of 10 to the
    # dollar against the new 12.5)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 52 with blindT21's three as written (4 there: the cable's "more than 100 cuts a year,
    # most caused by fishing gear and anchors" against the expert's "An anchor drag is the most
    # common cause"; the cable's "pointed to a merchant ship's anchor" against the ship
    # operator's denial (the gold's side of that point is another sentence of the consortium);
    # the league chief's two no-bias quotations against each other; the factory's injured
    # "more than 50" / 64)
    # (session 21, blindT21; no code change, measured on 6f423c5)


def test_few_agreed_items_join_different_gold_facts() -> None:
    # 4 when measured: two figures of one slot made one agreed item (jobs 1,500 / 2,000,
    # the Dow 1.3 / 1.6 percent, the toll three / 11) and the borrowers' costs shown for
    # "largest since 1994" (ratehike); 1 in session 14: the three figures are told apart
    # session 16: 2 with the blind clusters (the coalition head's "more than 1,600" joined
    # with her quotation about volunteers; blind_ruling)
    # 4 with blindD16's second batch as written (the storm's 1,200,000 joined with the 900,000
    # still without power a day later; Tarrosa's landfall joined with a forecast of it)
    # 7 with blindC16's as written: the election's "Its share of the vote fell to 29.6
    # percent" joined with the final count's share; the hack's "we have not paid" joined with
    # "nobody acting for us has negotiated with them" (two gold facts in one quotation), and
    # "five hospitals" joined with the union's count of operations called off
    # (6 on all twelve at the session's end)
    # 10 with blindE17's as written (4); 9 after its fronted speaker fix
    # 5 after precision17 (session 17: "1,200,000 households" is read as a figure)
    # 5 with disputes17's: the storm's 1,200,000 is read as a count (no longer one item
    # with the 900,000 still without power)
    # 8 with both (blindE17's three: 3 of them)
    # 7 with blindF17's as written (the scandal's raid sentence cut to "The offices of a
    # road-building firm ..." and agreed with the affiliate's local top)
    # 6 after blindF17's reduced relative ("and the offices of a firm owned by ..." is no
    # clause, so the raid sentence stays whole)
    # 5 with precision17 and blindF17 merged
    # 8 with blindF17 merged (session 17, lead)
    # 8 with blindG17's as written (the ferry's "more than 240 rescued" on Sunday joined with
    # Monday's 248, its 241 rescued joined with "the first rescue boat reached it within 40
    # minutes"; the crush's "at least seven" killed shown for an outlet's ten)
    # 11 with blindG17 merged (session 17, lead)
    # 10 with recallD17 (the crush's "at least seven" killed no longer shown for ten)
    # 11 with blindH17's fifth blind batch as written (the outage's chief executive's apology
    # shown for "the chairman and chief executive met the minister")
    # 13 with blindI18's as written (the spill's owner's 1,800 tonnes shown for the group's
    # 4,000; the bankruptcy's union 5,000 item)
    # 10 with precision18 (the outage's apology and meeting share only "chief executive":
    # `title_pairs`)
    # 12 with precision18 merged (session 18, lead)
    # 11 with paraphrase18 (the rate hike's "three-quarters of a percentage point" is its
    # "75 basis points": `figure_rewritten`, so its borrowers' item is no longer mixed)
    # 12 with blindJ18's as written (eruption's "shortly after 5 a.m." item)
    # 13 with blindL19's batch as written (the pipeline's chief executive's "We reported the
    # pressure drop immediately" shown for the company's "notified ... at 9:14 p.m.")
    # 12 with atoms19 (offline-108: the derailment's item no longer mixed)
    # 15 with blindK19's eighth blind batch as written (raised by 3, one per cluster)
    # 18 with blindQ20's three as written (raised by 3, one per cluster: the custody hearing "on
    # Monday", Fenwood's
    # "convict their captain through the media", the minister's "deliberate, organised scheme")
    # (session 20, no code change; measured on c544772)
    # 17 with background20 (the crush's 11 fans hurt in another town no longer agree with
    # its 11 critically injured: merge/occurrences.py)
    # 16 with timed20 (merge/weekdays.py: the custody hearing "on Monday" / "on Sunday" is a
    # dated point, no longer one agreed item)
    # 18 with blindP20's three as written (3 there; no code change; session 20, on c544772)
    # 19 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 21 with blindS21's three as written (2 there: the opposition's "well below $20 billion"
    # joined with its "hole of at least seven billion dollars"; the valley's "too low to use in
    # summer" joined with Morvania's 40 percent)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 22 in session 22 (figdisp22, raised by 1): the quake's "nine people had died in the
    # town of Sarnitsa" (01) and "nine people were reported dead" (06) are one item now that
    # the Belova Courier's 12 is read as a toll; the gold anchors 01's nine dead on another
    # sentence and this one on the Sarnitsa fact, so the item cites two facts once each
    # 23 with blindU22's three as written (raised by 2, data only: the bridge's "built in
    # 1974" shown for "built to the same design as the Halvard Bridge", the engineer's
    # "cracking he saw was serious" joined with the residents' and engineer's report)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 22 with blindV22's three as written (1 there)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 24 with both session-22 batches merged on the final code (session 22, lead)
    # 25 with disputes23 (raised by 1): "The network runs five hospitals and serves the whole
    # Dunmore region" no longer counts "serves" as a second kind of thing, so it joins the
    # hack's "five hospitals" item, which then cites two gold facts' anchors
    # 24 with members23 and clauseview23 merged (session 23, lead)
    # 24 with blindW23's three as written (none there)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 26 with blindX23's three as written (raised by 2, data only: the merger's "Laurent Vesk
    # has said that the company would appeal", the recount's "Dravic repeated his claim")
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 29 with blindY24's three as written (3 mixed items, all in blind_tunnelflood)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 27 with blindZ24's three as written (raised by 1, data only: the retraction's 'She had
    # made an honest error' holding the database-merging sentence)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 30 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 31 with blindA25's three as written (raised by 1, data only: the turbulence's "Nine of
    # the injured were taken to hospital" agreed with the airline's 17 injured and its revised
    # count)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 31 with blindB25's three as written (raised by 1, data only: "Dorsk denied any
    # wrongdoing" joined with "Dorsk denies changing any document")
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 32 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 16 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 20 (session 26, polarity26: a load and the dead among it no longer one slot's rivals)
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # session 30 (lead): session 23's six held-out clusters released to training
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 36 (speakers36): 47 (a person is of no body kind: "Crane operator X")
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 39 (points39): 61 (trade: blind_lottery's November draw, no longer set against
    # the April payout, joins a fragment "was paid the jackpot" through another claim)
    # session 40 (agree40): 60 (blind_sanctions: its mixed item gone with the own-words change)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 41 (speakers41): 61 (bodies named by a common noun: institute, charity, ...)
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (bodyvoice46): a body and its voice named apart join at the threshold
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (precision47): figures of one kind, none shared: no join
    # session 47 (negscope47): passive noun negation vs its noun as object
    # session 47 (lead): negscope47 merged on precision47 + speakers47
    # session 47 (longshort47): a clause backs a short claim it holds (+6 agreed, split +1)
    # session 47 (lead): longshort47 merged on the three before
    # session 47 (titles47): a name/title phrase in an anchor no longer states it
    # session 47 (lead): titles47's scoring over the merged tree
    # session 47 (lead): released47 merged on the five before (offline-412)
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (released48): count noun's of-phrase head; rather after a number
    # session 49 (speakers49): body by its head noun, weekday, his spokesman; wrong spk -3
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 51 (compound51): clause parts for irregular pasts; backing bar re-fit 0.6
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (parts54): appositions (a name and its role between commas) are clause parts
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 55 (released55): no title from a trailing '..., <Name> said'; scale-word bound step
    # session 55 (figreads55): a ratio ('one in five pharmacies') is read as the share it tells
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (released57): 'the company' after a bare-name clause; 'normally' after -ing
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 59 (pronoun59): an opening It of an act names the body the clause before opened on
    # session 60 (lead): session 53's six released to training
    # session 60 (released60): footer, block author, they, she
    # session 60 (speakers60): +1, blind_gpresign's doctors' two quotes, both now theirs, join
    # session 61 (lead): session 54's six released to training
    # session 62 (lead): session 55's six released to training
    # session 63 (lead): session 56's six released to training
    # session 63 (reversal63): a verb told again read by shape
    # session 65 (lead): session 58's six released to training
    # session 65 (nogold65): negation meets only its own act/thing
    # session 66 (lead): session 59's six released to training
    # session 66 (update66): update sentence on both sides
    # session 67 (tallies67): tallies read as one paired figure
    # session 68 (lead): session 61's six released to training
    # session 68 (devagreed68): kinds-only groups join by link
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): the merged tree's floors
    # session 71 (lead): the merged tree's floors
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("agreed_mixed") <= 123, shown("agreed_mixed_items")


def test_few_positions_cite_two_sides_of_one_dispute() -> None:
    # a side of a contested point citing two gold sides of one dispute (an editor reads two
    # contrary accounts as one): 26 when measured in session 25 (sides25; all in the blind
    # clusters, 13 training, 13 held out); 23 since a denial's citation of the sentence it
    # answers stays with the side asserting it (merge/answered_citations.py: 10 training,
    # held out unchanged)
    # 28 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 10 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 13 (session 26, falsepoint26: one fewer with the remainder counts apart)
    # 12 (session 26, polarity26: a negation no longer set against the denial it agrees with)
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # session 30 (lead): session 23's six held-out clusters released to training
    # session 31: session 24's six held-out clusters released to training (lead)
    # 20 (session 31 (actlike31): figure_act_alike)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 41 (lead, split41's noun-led lead): a compared figure named by its noun is a claim
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): a spokesman after a body named by its kind speaks for it (offline-290)
    # session 43 (split43): 41 (a figure side an agreed item quotes in full quotes one origin)
    # session 43 (lead): split43 merged on top of disputes43 and released43
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (denials44): 40 (two short denials no longer set against a quotation)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (pointback45): a charge in a denial's own sentence; that-clauses
    # session 45 (pronouns45): It + act names the body before (offline-503)
    # session 45 (lead): pronouns45 merged with pointback45 (offline-410)
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (released48): count noun's of-phrase head; rather after a number
    # session 48 (passing48): tails after a cut-out relative clause; a denial's reason
    # session 48 (lead): passing48 merged (offline-660), floors re-measured
    # session 48 (speakers48): owner's person speaks; described bodies (offline-632)
    # session 48 (lead): speakers48 merged (offline-661), floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 52 (released52): subject-verb after a relative; day-first dateline; answer 'No.'
    # session 52 (candidates52): one rare figure blocks a pair (figure_neighbours)
    # session 52 (lead): candidates52 merged on lookalike52 + dev52 + released52
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 53 (released53): 'its'/'the agency's' officer speaks for the body; label nouns
    # session 53 (nogold53): one voice on both sides of a conflict makes no point
    # session 53 (denials53): a denial naming its accuser answers only that accuser
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (baredenial57): bare denial's reasons by a description; none when they are a point
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 58 (released58): long denied objects met by a third
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 60 (lead): session 53's six released to training
    # session 61 (lead): session 54's six released to training
    # session 62 (lead): session 55's six released to training
    # session 62 (disputes62): party halves, initialisms
    # session 62 (tables62): seed-event tables emptied
    # session 62 (lead): tables62, fragments62, labels62
    # session 62 (lead): tables62 reverted
    # session 63 (lead): session 56's six released to training
    # session 63 (disputes63): counts read back in their article
    # session 63 (tables63): seed tables out, leads by shape
    # session 63 (lead): tables63 merged
    # session 64 (lead): session 57's six released to training
    # session 65 (lead): session 58's six released to training
    # session 66 (lead): session 59's six released to training
    # session 66 (released66): told-before figures and dates
    # session 66 (update66): update sentence on both sides
    # session 66 (lead): merged tree
    # session 67 (lead): session 60's six released to training
    # session 67 (tallies67): tallies read as one paired figure
    # session 68 (lead): session 61's six released to training
    # session 68 (released68): '; X denies it' a clause
    # session 68 (devagreed68): kinds-only groups join by link
    # session 68 (lead): merged tree
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): session 63's six released to training
    # session 70 (lead): the merged tree's floors
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("sides_mixed") <= 143, shown("sides_mixed_items")


def test_copies_are_not_counted_twice() -> None:
    # ratehike, transfer, tariff: a wire text republished under a new top
    precision, recall = pair_prf(total("origin_tp"), total("origin_fp"), total("origin_fn"))
    # session 34 (lead): session 27's six released; blind_stadiumroof's fan blog runs the
    # wire's text under its own intro, dateline mid-page: that one pair was missed (98/99);
    # found again since any agency's dateline code, also opening a later paragraph, signs
    assert (precision, recall) == (1.0, 1.0)
    # and the three blind clusters' copies (two wire republications, a TV affiliate)
    # (blindB16's three add three more: a wire story under a regional top, an affiliate)
    # (blindD16's three add three more: two wire stories under a local top, an affiliate)
    # (blindC16's three add three more: two wire stories under a local top, an affiliate)
    # (blindE17's three add three more: two wire stories under a local top, an affiliate)
    # (blindF17's three add three more: two wire stories under a local top, an affiliate)
    # 21 with blindF17 merged (session 17, lead)
    # (blindG17's three add three more: two wire stories under a local top, an affiliate)
    # 24 with blindG17 merged (session 17, lead)
    # (blindH17's three add three more: two wire stories under a local top, an affiliate)
    # (blindI18's three add three more: two wire stories under a local top, an affiliate)
    # (blindJ18's three add three more: two wire stories under a local top, an affiliate)
    # 33 with blindJ18 merged (session 18, lead)
    # 36 with blindM19's three (two wire stories under a local top, an affiliate; session 19)
    # (blindL19's three add three more: two wire stories under a local top, an affiliate)
    # 39 with blindM19 and blindL19 merged (session 19, lead)
    # 36 with blindK19's three copy pairs
    # 42 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 39 with blindM19 and blindL19 merged (session 19, lead)
    # 42 with blindN19's three copy pairs (session 19)
    # 45 with blindN19's batch merged (session 19, lead)
    # 48 with blindO19's three as written (three wire copies under a local top; no code change;
    # session 19, measured on 578a7b1)
    # 51 with blindQ20's three as written (two wire copies under a local top, a TV affiliate)
    # (session 20, no code change; measured on c544772)
    # 51 with blindP20's three as written (three wire copies under a local top; no code change;
    # session 20, on c544772)
    # 54 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 57 with blindR20's three as written (two wire copies under a local top, a TV affiliate)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 60 with blindS21's three as written (two wire copies under a local top, a TV affiliate)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 60 with blindT21's three as written (two wire copies under a local top, a TV affiliate)
    # (session 21, blindT21; no code change, measured on 6f423c5)
    # 63 with both session-21 batches
    # 66 with blindU22's three as written (two wire copies under a local top, a TV affiliate)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 66 with blindV22's three as written (three copy pairs, all found)
    # 69 with both session-22 batches merged on the final code (session 22, lead)
    # 72 with blindW23's three as written (two wire copies under a local top, a TV affiliate)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 72 with blindX23's three as written (two wire copies under a local top, a TV affiliate)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 75 with blindW23 and blindX23 merged (session 23, lead)
    # 78 with blindY24's three as written (one copy pair each, all found)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 78 with blindZ24's three as written (one copy pair each)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 81 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 84 with blindA25's three as written (two wire copies under a local top, a TV affiliate)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 84 with blindB25's three as written (one copy pair each)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 87 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 45 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # session 30 (lead): session 23's six held-out clusters released to training
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # 99 (session 34, lead: blind_stadiumroof's fan blog and the wire it runs, one origin)
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 60 (lead): session 53's six released to training
    # session 61 (lead): session 54's six released to training
    # session 62 (lead): session 55's six released to training
    # session 63 (lead): session 56's six released to training
    # session 64 (lead): session 57's six released to training
    # session 65 (lead): session 58's six released to training
    # session 66 (lead): session 59's six released to training
    # session 67 (lead): session 60's six released to training
    # session 68 (lead): session 61's six released to training
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): session 63's six released to training
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 73 (lead): session 66's six released to training
    assert total("origin_tp") == 333
    assert total("copy_inflated") == 0, shown("copy_inflated_items")


def test_few_non_claims_or_bad_speakers() -> None:
    # 2 when measured: a radio host's "Reporter X has been speaking to survivors" (sinking)
    # and "Minister X spoke to us from the capital this morning" (expulsion); 0 since
    # session 14 (a programme's introduction of its interview or reporter is no claim)
    # 9 with the blind clusters of session 16 as written (blindB16): author bio lines ("X
    # covers public safety for the Herald"), "Follow him on X at @...", a membership appeal,
    # a correction note's "It was 2011, not 2010."; 0 again with their shapes in
    # consensus/nonclaims.py
    # 6 with blindD16's second blind batch as written (no code change since): a newsletter's
    # "Also this week:" links and its "is written by" line, "What the hurricane categories
    # really mean" (a "More from" link), a reporter bio ("has covered ... courts for the
    # Gazette since 2019") and "NBN 7's Danielle Park was in the courtroom."
    # 8 with blindC16's as written: a bio line ("X has covered transport for the Tribune
    # since 2015.") and a caption whose credit is "Star photo by Name"
    # 1 after precision16 (a list of related headlines ending the article, "has covered ...
    # for ... since ..." and "is written by" at the tail); left: the reporter-presence line
    # 2 on all twelve with precision16 merged (blindC16's caption under "Star photo by")
    # 12 with blindE17's as written: a newsletter's greeting, "is written by ... and edited
    # by ..." and its subscription line, bio lines ("X is the Courier's northern
    # correspondent.", "X has covered ... since ..."), "X reported from Y; Z from the
    # capital.", a hotline line; 4 after blindE17's furniture fix (a story's "X reported from
    # Y; Z from W." credit line, a bio whose career sentence "has reported from ...", a
    # newsletter's greeting, its "our daily note on ...", its "You are receiving this ..."
    # footer, "is written by X and edited by Y"); left: the hotline line and the bio before it;
    # 2 after its service-line rule ("Evacuees can call ... at 555-0142"; the bio before it
    # is then in the article's tail): blindC16's caption and reporter-presence line are left;
    # 1 after its "... on Monday. Star photo by Name" caption rule (left: the presence line);
    # 0 after its own-reporter rule ("NBN 7's Jane Roe was in the courtroom.", NBN 7 being
    # the source its dateline names)
    # 7 with blindF17's as written: a membership appeal ("X is funded by its readers.
    # Support independent journalism from ..."), "Readers can send photos ... to <e-mail>",
    # "Subscribers can download ... from our documents page", "TVN's X reported from Y."
    # 2 after blindF17's furniture fix (an outlet "funded by its readers", "Support
    # independent journalism ...", the reader in the third person, "NBN's X reported from Y.")
    # 0 with blindF17 merged (session 17, lead)
    # 4 with blindH17's fifth blind batch as written (no code change): a radio's "Listen to
    # the full report on ... evening bulletin.", "Hear more on Morning Edition ...", an
    # affiliate's "X is an affiliate of the Y Network.", a bio "X has covered crime in Y
    # since 2015."
    # 3 with the lead's broadcast furniture (session 17: "Listen to the full report on ...")
    # 5 with blindI18's as written (no code change): a bio line in two sentences ("X covers
    # the environment and energy for the Daily Meridian. She previously reported from ...")
    # 3 after blindI18's bio fix (a tail bio's "She previously reported from ..." is a career)
    # 6 with blindJ18's as written (kidnap's "Tomas Ruud reported from Arbani." and a
    # caption without its credit; carrecall's "counts the recalled cars by registration",
    # agreed with a website line of a consumer box)
    # 9 with blindM19's three as written (raised, data only: "Email the KPHN 7 newsroom.",
    # a TV station's "will have live coverage ... at 6", reporters' bio line "... are
    # reporters on the Herald's city desk.")
    # 6 with those three general shapes out (session 19, lead: a call to email the newsroom,
    # a broadcaster's plug for "our evening news at 6", two authors' "are reporters on ...")
    # 8 with blindK19's eighth blind batch as written (raised by 2: the TV affiliate's
    # "Channel 7 Brennick is an LNB affiliate." and "Material from LNB News was used in
    # this report." shown as claims)
    # 8 with blindN19's three as written (raised: data only; a TV affiliate's "Check
    # <site> for live updates" line and a "Follow Channel Nine on social media" line)
    # 10 with blindN19's batch merged (session 19, lead)
    # 7 once a line sending the reader to a web page and a call to follow the outlet on social
    # media are no claims (session 19, lead: blindN19's two lines; and the car recall's
    # gold non-claim clause "which counts the recalled cars by registration" is no longer an
    # item's own statement)
    # 3 once a broadcaster's credit lines ("X is an affiliate of the Y Network", "Material
    # from X was used in this report", "Hear more on <programme>") are no claims (session 19,
    # lead)
    # 5 with blindO19's three as written (a byline with an 'Updated' time, a radio station's 'Listen
    # to the full interview' line; no code change; session 19, measured on 578a7b1)
    # 6 with blindQ20's three as written (raised by 1: a bio line "X has covered Taravian diplomacy
    # since 2019.")
    # (session 20, no code change; measured on c544772)
    # 4 once an author's beat line "X has covered <topic> since <year>." in the tail is
    # furniture (session 20, lead: that line and the heist's)
    # 7 with blindP20's three as written (a "By Courier staff | Updated" byline, a "Watch the
    # full interview" line; no code change; session 20, on c544772)
    # 6 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 4 in session 21 (extract21): a story's credit after the author's bio on one line, and a
    # caption closed by a channel's photo credit "(TVK 7/Name)" (the kidnap's two)
    # 5 with blindS21's held-out batch merged on the session's final code (session 21, lead)
    # 8 with blindT21's batch merged too, on the session's final code (session 21, lead)
    # 9 with blindU22's three as written (raised by 1, data only: a TV site's "Channel 3's X
    # contributed reporting from Y." credit line)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 11 with blindV22's three as written (3 there: a caption, a station's "Stay with" line,
    # an author's bio line) (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 12 with both session-22 batches merged on the final code (session 22, lead)
    # 13 with blindW23's three as written (raised by 1, data only: a radio station's "Listen
    # to the full interview with ... on ...'s evening show." line)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 14 with blindX23's three as written (raised by 2, data only: a TV station's caption "A
    # book of condolence has been opened at ... (MBN 7 Vessington)", a trade site's author bio
    # line "X is Rotorline's safety editor and a former ... pilot.")
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 15 with blindW23 and blindX23 merged (session 23, lead)
    # 16 with blindZ24's three as written (raised by 1, data only: a regional paper's
    # 'This report first appeared in The Sereva Times.')
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 15 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 17 with blindB25's three as written (raised by 2, data only: a local paper's byline with
    # its "Updated" time, a radio station's "Listen to the full interview" line)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 1 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # (5: two bylines with an "Updated" time, two "Watch/Listen to the full interview" lines,
    # a service line with a national phone format)
    # 0 with nonclaims27's page furniture by the words it is made of (session 27)
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # 0 (session 29, cleanup29: the released clusters' six -- "Stay with <outlet> for live
    # ... updates", "<outlet>'s X contributed reporting from Y", two authors' "report on ...
    # for <outlet>" at the tail, a "More from" list whose item has a label ("Table: ..."), a
    # caption closed by "(Photograph: ...)"); bench counts a furniture word only in a
    # statement shaped as furniture (bench/quality_lib.py `is_non_claim`)
    # session 30 (lead): session 23's six held-out clusters released to training
    # (two non-claims of the six, left for a fix)
    # 0 (session 30, cleanup30: a caption closed by a bracketed channel's name alone, "...
    # town hall. (<Channel> 7 <Town>)", and an author's bio in the tail with a second role,
    # "X is <outlet>'s safety editor and a former ... pilot.")
    # session 33 (lead): session 26's six held-out clusters released to training (7)
    # 0 (session 33, furniture33: `consensus.page_cues`, furniture by converging cues --
    # reader address or the page naming itself, its medium, no word of the event, the
    # article's edge -- and credits naming people the story never mentions)
    # session 34 (lead): session 27's six held-out clusters released to training (2:
    # blind_portblockade's radio sign-on "<Station>, the five o'clock news, Wednesday." and
    # sign-off "That was the five o'clock news."); 0 again (lead: a headline's medium label
    # gives no event word, the outlet's name is no event word, furniture comes in runs)
    # session 35 (lead): session 28's six held-out clusters released to training (7)
    # 0 (session 35, furniture35: a wire handover line above a dateline, a promotion's
    # label, runs of short eventless sentences beside furniture, the page's earlier
    # version, clock words no event word; see tests/test_page_cues_s35.py)
    # session 36 (lead): session 29's six held-out clusters released to training (2); a
    # page's verbless label on its first line ("Live updates on ...") and "o'clock" read as
    # a word of the clock (a radio sign-on) are furniture: 0
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 38 (lead): 5 (an imperative of the medium, "Watch X Tonight at 9 p.m.", ends a page)
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 39 (lead): 1 (spaced list heading, correction's "It said", publisher line,
    # "Join X Premium", "Here is the X report.")
    # session 39 (lead): 0 (offline-237: a programme's name, "Evening Report", names no actor)
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 40 (lead): 1 (the learned furniture score: blind_grainembargo's subscribers line)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 43 (released43): 3 (a columnist's "is a writer and former X" bio, a trade
    # paper's "X is an independent news service for ..." at its tail)
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (lead): a 24-hour clock counts nothing (offline-294)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (released45): live page clock note, 'free to read', 'Follow the day's events'
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (released46): live pages' heading, posts-order and refresh notes are furniture
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 49 (released49): four furniture forms; a number in words past its scale
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 50 (released50): page chrome lines and place-based bodies (offline-752)
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 51 (released51): credit/promo lines as furniture; hedged claim vs flat denial
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (nonclaims57): whole short furniture lines (consensus/furniture_lines.py);
    # non-claims 20 -> 2, agreed -2 where a furniture line had carried a merge
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 60 (lead): session 53's six released to training
    # session 60 (released60): footer, block author, they, she
    # session 61 (lead): session 54's six released to training
    # session 61 (released61): owner titles, pay claims, tagline
    # session 64 (lead): session 57's six released to training
    # session 65 (lead): session 58's six released to training
    # session 65 (lead): merged tree
    # session 66 (lead): session 59's six released to training
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("non_claims") <= 6, shown("non_claim_items")
    # 7 with blindS21's three as written (a local paper's "Parents with questions can call
    # ... on <phone>" service line)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 9 with blindT21's three as written (a "More from Pitchside:" list's two links, a wire
    # credit "(Reporting by X; additional reporting by Y. Editing by Z)" cut at its full stop)
    # (session 21, blindT21; no code change, measured on 6f423c5)
    # 0 by the shape check alone; 3 in session 17 (speakers17) when the column also counts
    # the blind clusters' gold speakers (a researcher's quote given to the gang she
    # describes, a spokesman's to the opposition member quoted before, the minister's
    # words to the federation that called his plan an attack)
    # 2 with offline-85 (an unnamed spokesman is someone new); 3 with the six blind clusters
    # of blindF17 and blindG17 annotated (a minister's words given to the police spokesman
    # quoted in the same item, and the capital named in an aside taken for the speaker,
    # then fixed: "X, speaking in the capital, Velsund, said"); 4 with main's precisionD17
    # merged (a Soltane official's statement joins the minister's own quotation: 6 before
    # this branch's fixes on that main)
    # 6 with blindI18's as written: the bio line's outlet-named reporter, a company's
    # statement given to the bank analysts named before it
    # 5 after blindI18's bio fix (the bio's reporter no longer speaks)
    # 4 with speakers18 merged (session 18, lead)
    # 5 with precision18 (raised, a trade): the crush's pointing-back denial now answers the
    # gate accusation told just before it (`told_claims`), so its two gate points are one;
    # the asserting side of a polarity point is one side, and its label (the police chief's,
    # from the group that already held her account with the accusations) now also covers the
    # festival director's quotation
    # 5 with blindJ18's as written (eruption: the institute director's quotation given to
    # the civil protection director quoted in the paragraph after it)
    # 6 with blindJ18 merged (session 18, lead)
    # 8 with blindM19's three as written (raised, data only: the avalanche survivor's
    # quotations given to "Sankt Orlen", his home village in "the 34-year-old carpenter from
    # Sankt Orlen told Radio Orlen")
    # 8 with blindL19's batch as written (the listing's chief executive's quotation given to
    # the company, its spokesman's quotation given to "Company spokesman")
    # 10 with blindM19 and blindL19 merged (session 19, lead)
    # 8 once a person described by age and home town is never the town (session 19, lead)
    # 7 with blindK19's eighth blind batch as written (raised by 1: the union chairman's
    # "It was a disaster waiting to happen" shown as "Prison Officers")
    # 9 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 13 with blindO19's three as written (4 items: 'The hospital said that four patients died' for
    # the director's words twice, 'the ministry' for the oil minister twice; no code change; session
    # 19, measured on 578a7b1)
    # 15 with blindQ20's three as written (raised by 2: a club's statement shown as "the club" /
    # "Club", not the
    # club's name) (session 20, no code change; measured on c544772)
    # 13 once "the club" is the named body that spoke last (session 20, lead)
    # 14 with blindP20's three as written (the bus crash's minister's quotation in an item
    # shown as the mayor's; no code change; session 20, on c544772)
    # 14 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 16 with blindR20's three as written (the chip ban's trade minister's two quotations shown
    # as the rival ministry's spokeswoman's)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 15 in session 21 (speakers21, offline-120): the wrong speaker of a bare quotation
    # after a narrative sentence naming someone else; 14 with "In an emotional speech he said"
    # 15 with blindS21's held-out batch merged on the session's final code (session 21, lead)
    # 17 with blindT21's batch merged too, on the session's final code (session 21, lead)
    # 16 with offline-123 (speakers22): the protest's "saying" clause is Dana Vell's
    # 18 with blindV22's three as written (1 there)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 17 with both session-22 batches merged on the final code (session 22, lead)
    # 19 with blindW23's three as written (raised by 2, data only: the gas leak's union quotation
    # "a plant running on half a maintenance team" cited in the company spokeswoman's item)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 19 with blindX23's three as written (raised by 2, data only: the merger's company
    # statement shown as "the company", the authority's rejection shown as "a spokesman")
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 21 with blindW23 and blindX23 merged (session 23, lead)
    # 21 with blindZ24's three as written (none there)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 24 with blindA25's three as written (raised by 3, data only: the bank's statements shown
    # as "the spokesperson" / "Bank spokesperson", the cruise line's "We have followed every
    # rule" shown as "the company")
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 22 with blindB25's three as written (raised by 1, data only: a group's spokesman's
    # quotation shown as the group's)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 26 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 7 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 12 (session 28, speakers28: "X, who chairs the Union of Prison Officers, said ... “…,”
    # he said" and "Chief executive X, who founded Y in ..., told ... “…,” she said" are X's)
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # 10 (session 29, cleanup29: "Brandl rejected that. “…,” she told ..." -- a short sentence
    # opening on a named person moves the story to them; "the company said" after a bare
    # company name that just spoke is that company)
    # session 30 (lead): session 23's six held-out clusters released to training
    # 11 (session 30, cleanup30: "..., according to hospital director X, who told reporters
    # ..." is X's; the relative clause after the source names nobody)
    # 12 with the five code branches of session 30 merged (lead)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # 16 (session 32 (disputes32); raised by 1, a trade for +2 disputes: `voice_counts`
    # regroups blind_reactorleak's items, and the monitoring group's reading, which its
    # scientist gives, is shown as the group's)
    # session 32 (nogold32): 14
    # session 32 (lead): 15 with disputes32, nogold32 and agree32 merged (nogold32's -1 and
    # disputes32's +1 trade meet)
    # 13 (session 32, speakers32: "Carrick Northway said …. “…,” a spokesperson said" is
    # the bank's spokesperson once a name the text writes before "Bank" is the bank's, no
    # person's; unseen text: tests/test_speakers_unseen.py)
    # session 33 (lead): session 26's six held-out clusters released to training
    # 15 (session 33, lead: "she" never resolves to a company the story named last)
    # session 34 (lead): session 27's six held-out clusters released to training
    # 16 (session 34 (speakers34): blind_weddingfood's "The bride, who grew up in …, told
    # the Gazette …. “…,” she said" is the bride's, never the paper's: a speaker described
    # by a noun that tells a gender is whom the "she" after it is)
    # session 35 (lead): session 28's six held-out clusters released to training (23)
    # 19 (session 35, lead: "the spokeswoman said" after "an airport spokeswoman said" is
    # that spokeswoman, never the guild chair quoted last; a wire report a page runs under
    # "Here is the latest from the agency:" is no quoted document: "…, prosecutors said")
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 36 (lead): "Ruth and Owen Tallis" names two persons, so "Mrs Tallis" is no
    # longer shown as Owen (birdflu): 22
    # session 36 (speakers36): 24
    # session 36 (lead): 21 with speakers36, disputes36, agree36 and nogold36 merged
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 37 (precision37): 22 (an age before a leading speaker is no part of the name)
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 39 (lead): 27 ("Ewan Gray, the minister, who ..., said" names Ewan Gray)
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 40 (lead): "Green Party leader Mia Sorel, …: “…”" is Sorel's (offline-246)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 43 (lead): 'Prof X' and 'PC X' read as the article's full name (offline-288)
    # session 43 (lead): a spokesman after a body named by its kind speaks for it (offline-290)
    # session 43 (lead): a titled name before where it spoke speaks (offline-291)
    # session 43 (released43): 35 ("Prof Eriksen" after "Professor Lars Eriksen" is him)
    # session 43 (lead): released43 merged
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (released44): 30 (post headers, live summaries, a body's spokesman)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (lead): a listener is no speaker; a 4-word sentence's subject (offline-298)
    # session 45 (released45): body subject's spokeswoman, quoted surname as the next he
    # session 45 (lead): lead45 and released45 merged (offline-299)
    # session 45 (joins45): two persons' quotations never join (quoters.py)
    # session 45 (lead): every helper merged (offline-299)
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (released46): a body announcing its account lends it to the next 'a spokesman'
    # session 46 (vetoes46): two named sources of one unquoted event fact join at p >= 0.7
    # session 46 (lead): released46 + vetoes46 merged
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (speakers47): kind spokespeople, acronym bodies, owned appositives
    # session 47 (released47): he/she after 'his agent, X,' is not X
    # session 47 (lead): released47 merged on the five before (offline-412)
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (passing48): tails after a cut-out relative clause; a denial's reason
    # session 48 (speakers48): owner's person speaks; described bodies (offline-632)
    # session 48 (speakers48): a name written only after 'in' is a place (offline-635)
    # session 48 (speakers48): 'X denied it.' makes 'the company' X (offline-636)
    # session 48 (lead): speakers48 merged (offline-661), floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 49 (speakers49): body by its head noun, weekday, his spokesman; wrong spk -3
    # session 49 (speakers49): a kind spokesman of a one-word name shows its full name
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 50 (released50): page chrome lines and place-based bodies (offline-752)
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 51 (bars51): +1, bankfine's new point shows 'the regulator' where gold names a person
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 53 (speakers53): a spokesman after a named body's clause is its spokesman
    # session 53 (speakers53): a relative named after the kin speaks by that name
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (released54): owned titles tie officers to bodies; a pronoun-told side rebuts
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (speakers57): 'the <kind>' of one named body lends it the next 'a spokesman said'
    # session 57 (lead): merged released57 + speakers57
    # session 57 (bodyperson57): more appositive shapes tie an officer to its body
    # session 57 (lead): merged bodyperson57
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 58 (voices58): a body's words joined with its officer's show both voices
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 59 (accounts59): two parties' dates of one matter are a dispute (dated_rivals)
    # session 60 (lead): session 53's six released to training
    # session 60 (released60): footer, block author, they, she
    # session 60 (speakers60): speakers read from clause subjects
    # session 60 (lead): speakers60 merged
    # session 60 (nogold60): closed-class figure slots no dispute
    # session 60 (lead): merged tree
    # session 61 (lead): session 54's six released to training
    # session 61 (speakers61): body read by kind and name shape
    # session 62 (disputes62): party halves, initialisms
    # session 62 (speakers62): speaker readers, wrong_speaker -9
    # session 62 (lead): released62, speakers62, editor62, apiwarn62
    # session 62 (tables62): seed-event tables emptied
    # session 62 (lead): tables62, fragments62, labels62
    # session 62 (lead): tables62 reverted
    # session 63 (speakers63): owned titles, paragraph subject
    # session 63 (tables63): seed tables out, leads by shape
    # session 63 (lead): tables63 merged
    # session 65 (lead): session 58's six released to training
    # session 66 (lead): session 59's six released to training
    # session 66 (speakers66): judging verbs, asked frames
    # session 66 (lead): speakers66 in part
    # session 67 (lead): session 60's six released to training
    # session 67 (lead): no model-code fuller name
    # session 68 (lead): session 61's six released to training
    # session 68 (released68): '; X denies it' a clause
    # session 70 (lead): session 63's six released to training
    # session 70 (devagreed70): quotation/frame cuts, adjective commas
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("wrong_speaker") <= 61, shown("wrong_speaker_items")
    # 14 (session 30, agree30; raised by 1, a trade for +1 agreed fact): a minister now
    # speaks for the ministry, so blind_oilcut's "Rahim Benaissa said the consultancy had
    # never asked the ministry ..." (the oil minister's own words) joins the ministry's
    # "guesswork" statement and is shown as his where the gold names the ministry
    # 17 with blindS21's three as written (the interior minister's "The first patrol was at
    # the gate within eleven minutes" in an item shown as his ministry spokesman's)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 18 with blindT21's three as written (the fire chief's "Every body recovered has been
    # counted. There is no hidden toll" shown as the union leader's quoted just before)
    # (session 21, blindT21; no code change, measured on 6f423c5)


def test_blind_quotations_show_their_speaker() -> None:
    # gold speakers of the blind clusters (the twelve of session 16: 247 quotations an item
    # cites): 222 right,
    # 3 wrong, 22 with none when measured (speakers17); 223 and 2 once '"…," a spokesman
    # said' is someone new, never the opposition spokesman quoted before; 225 once a coach,
    # manager, captain or director the text names ("Vesta coach Enzo Farrant") is the role
    # after ('"…," the Vesta coach said'; the gold accepts the role for him); 227 once a
    # quotation left open goes on across a blank line; 275 of 296 with blindE17's three
    # clusters annotated too (48 right, 1 none there, before and after these fixes); 380
    # right, 3 wrong of 409 with blindF17's and blindG17's six (374 / 5 before this
    # branch's fixes); 4 wrong with main's precisionD17 merged (374 / 6 before the fixes);
    # 422 right, 3 wrong of 443 (24 blind clusters; 413 / 4 before) with a name after the
    # verb closing a quotation (speakers17's said_after, merged by speakers18)
    right = sum(s.speakers.gold_right for s in scores())
    wrong = sum(s.speakers.gold_wrong for s in scores())
    # 447 right, 5 wrong of 483 with blindI18's three annotated (34 right, 1 wrong there:
    # Brenmark's "The master received no such call" shown as the Corvin Bank analysts')
    # 457 right, 4 wrong of 483 with blindI18 and speakers18 merged (session 18, lead)
    # 456 right, 5 wrong with precision18 merged: told_claims' trade (the crush's festival
    # director's quotation sits in the police-delay side whose label is the police chief's)
    # (5 wrong with precision18: the crush's director's quotation on the police side's
    # label, as `wrong_speaker` above: raised, a trade)
    # 464 right, 5 wrong with blindJ18's seventh blind batch as written (51 right, 1 wrong)
    # 509 right, 6 wrong of 541 with blindJ18 merged on the session's final code (session
    # 18, lead; the seventh batch's one wrong: an institute director's quotation given to
    # the civil-protection director quoted next)
    # 568 right, 8 wrong with blindM19's three as written (59 right, 2 wrong; session 19)
    # 535 right and 8 wrong with blindL19's batch as written (26 right, 2 wrong: the listing's
    # chief executive's quotation shown as the company's, a spokesman's left unnamed)
    # 594 right, 10 wrong with blindM19's and blindL19's batches merged (session 19, lead)
    # 598 right, 8 wrong once "the 34-year-old carpenter from <town> told ..." is the person
    # the story follows, never the town (session 19, lead)
    # 597 right with `value_shared` (session 19, learn19: a pupil's quotation in the
    # poisoning joins an item stated without its speaker; a trade for 18 more agreed facts)
    # 549 right, 7 wrong of 585 with blindK19's eighth blind batch as written (40 right, 1
    # wrong of 44 there: the union chairman's quotation shown as "Prison Officers")
    # 637 right, 9 wrong with blindK19's eighth batch merged on the session's final code
    # (40 right, 1 wrong there; session 19, lead)
    # 632 right, 8 wrong with blindN19's three as written (35 right, 0 wrong; session 19)
    # 672 right, 9 wrong with blindK19's and blindN19's batches merged (session 19, lead)
    # 705 right, 12 wrong with blindO19's three as written (33 right, 3 wrong there; no code change;
    # session 19, measured on 578a7b1)
    # 745 right, 14 wrong with blindQ20's three as written (40 right, 2 wrong there) (session 20, no
    # code change; measured on c544772)
    # 747 right, 12 wrong once "the club" / "the company" is the named body that spoke last
    # (session 20, lead: the racism row's two)
    # 769 right, 13 wrong with blindP20's three as written (64 right, 1 wrong, 1 none of 66
    # there; no code change; session 20, on c544772)
    # 812 right, 13 wrong with blindP20's held-out batch merged on the session's final code (session
    # 20, lead)
    # 855 right, 15 wrong with blindR20's three as written (43 right, 2 wrong, 4 none of 49)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 862 right, 15 wrong in session 21 (extract21, offline-117): people quoted by their kind
    # ("said one miner"), a possessive role before the name, a relative clause between a
    # trailing speaker and the verb
    # 869 right, 14 wrong in session 21 (speakers21, offline-120): a lede's name in capitals
    # ("The 72-year-old said"), a relative clause after the speaker keeping the next bare
    # quotation theirs, "X, his lawyer, told"; 871 with "said X Y of Z Capital, who ..."; 874
    # right, 13 wrong with "In an emotional speech he said"
    # 919 right, 14 wrong with blindS21's held-out batch merged on the session's final code
    # (session 21, lead)
    # 983 right, 16 wrong with blindT21's batch merged too, on the session's final code
    # (session 21, lead)
    # 987 right, 15 wrong with offline-123 (speakers22): "its organiser X told", "saying"
    # clauses, "Another revealed", a quotation after a split speaker sentence
    # 1041 right, 16 wrong with blindU22's three as written (58 right, 0 wrong, 0 none of 58)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 1035 right, 17 wrong with blindV22's three as written (52 right, 1 wrong, 0 none of 53)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 1098 right, 16 wrong with both session-22 batches merged on the session's final code
    # (session 22, lead)
    # 1097 right, 16 wrong with clause views (session 23, clauseview23, lowered by 1: the
    # sanctions' "Morvesk's foreign ministry rejected the accusation" item now also holds a
    # longer sentence of another speaker whose clause states it, and shows no one speaker;
    # a trade for the fact naval-pretext agreed)
    # 1154 right, 17 wrong with blindW23's three as written (56 right, 1 wrong, 2 none of 59)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 1159 right, 19 wrong with blindX23's three as written (61 right, 3 wrong, 6 none of 70)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 1214 right, 20 wrong with both session-23 batches merged on the session's final code
    # (session 23, lead)
    # 1287 right, 20 wrong with blindY24's three as written (73 right, 0 wrong, 5 none of 78)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 1259 right, 20 wrong with blindZ24's three as written (45 right, 0 wrong, 3 none of 48)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 1332 right, 20 wrong with both session-24 batches merged on the session's final code
    # (session 24, lead)
    # 1378 right, 23 wrong with blindA25's three as written (46 right, 3 wrong, 3 none of 52)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 1389 right, 21 wrong with blindB25's three as written (57 right, 1 wrong, 4 none of 62;
    # raised by 1, data only: a green group's spokesman's quotation shown as the group's)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 1434 right, 25 wrong with both session-25 batches merged (session 25, lead)
    # 704 right, 7 wrong with the held-out clusters left out of the floors (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 922 (session 27, falsepoints27: one annotated quotation of the six clusters whose false
    # points were dropped is no longer cited with its speaker; not traced, see its report)
    # 923 again (session 28, speakers28: the lost one traced -- blind_devaluation's "Every
    # month it spent defending 10 to the dollar ..." had joined the new rate's outlet-voice
    # side; an earlier level now); 927 right, 11 wrong with offline-170 (a relative clause
    # keeps the next "he said" with the speaker, "it" after a body spoke, "In a statement
    # the company said")
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # 1102 right with disputes29 merged (blind_protest's police denial; session 29, lead)
    # 1105 right, 10 wrong (session 29, cleanup29: a short "Roe rejected that." before "“…,”
    # she said"; "Its director, Name,"; "the company said" after a bare company name)
    # 1106 right, 10 wrong with the four code branches of session 29 merged (lead)
    # session 30 (lead): session 23's six held-out clusters released to training
    # 1225 right, 10 wrong (session 30, cleanup30: "according to X, who ..." is X's)
    # 1225 right, 11 wrong with the five code branches of session 30 merged (lead)
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # 1447 right, 15 wrong (session 32 (disputes32); a trade for +2 disputes: the same
    # blind_reactorleak statement as `wrong_speaker` above)
    # session 32 (nogold32): 1449 right, 13 wrong
    # session 32 (lead): 1448 right, 14 wrong with disputes32, nogold32 and agree32 merged
    # (nogold32's -1 and disputes32's +1 trade meet)
    # 1450 right, 12 wrong (session 32, speakers32: the bank's spokesperson, as
    # `wrong_speaker` above; "Mr Pell" after "Graham Pell" is Graham Pell)
    # session 33 (lead): session 26's six held-out clusters released to training
    # 1540 right, 14 wrong (session 33, lead: "she" is never the company named last)
    # 1541 right (session 33, lead: "Elsa from Vessin told us": a name "from" a place speaks)
    # session 34 (lead): session 27's six held-out clusters released to training
    # 1657 right, 15 wrong (session 34, speakers34: the bride's quotations, as
    # `wrong_speaker` above, now shown with no speaker)
    # session 35 (lead): session 28's six held-out clusters released to training (1777 /
    # 20); 1779 / 18 with the spokeswoman introduced before (blind_airportdrones)
    # 1780 / 18 with furniture35, disputes35 and nogold35 merged (session 35, lead)
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 36 (lead): two first names before one surname name two persons: 1891 / 22
    # session 36 (speakers36): 1889 right, 24 wrong
    # session 36 (lead): 1893 / 21 with speakers36, disputes36, agree36 and nogold36 merged
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 37 (precision37): 1992 right, 22 wrong (an age before a speaker's name)
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 39 (lead): 2150 / 26 (a name before a role and a relative clause speaks)
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 40 (lead): "Green Party leader Mia Sorel, …: “…”" is Sorel's (offline-246)
    # session 40 (agree40): 2236 (quotations joined with statements naming their speaker)
    # session 40 (lead): lead, agree40 and split40 merged (offline-249)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 41 (speakers41): 2320/30 (bodies named by a common noun: institute, charity, ...)
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 43 (lead): 'Prof X' and 'PC X' read as the article's full name (offline-288)
    # session 43 (lead): a spokesman after a body named by its kind speaks for it (offline-290)
    # session 43 (lead): a titled name before where it spoke speaks (offline-291)
    # session 43 (released43): 2499 / 33 ("Prof" read as a title before a surname)
    # session 43 (lead): released43 merged
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (released44): 2608 / 30 (post headers, live summaries, a body's spokesman)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (lead): a listener is no speaker; a 4-word sentence's subject (offline-298)
    # session 45 (released45): body subject's spokeswoman, quoted surname as the next he
    # session 45 (lead): lead45 and released45 merged (offline-299)
    # session 45 (joins45): two persons' quotations never join (quoters.py)
    # session 45 (lead): every helper merged (offline-299)
    # session 45 (pronouns45): It + act names the body before (offline-503)
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (released46): a body announcing its account lends it to the next 'a spokesman'
    # session 46 (vetoes46): two named sources of one unquoted event fact join at p >= 0.7
    # session 46 (lead): released46 + vetoes46 merged
    # session 46 (firstperson46): a clip labelled with a named person's name is theirs
    # session 46 (lead): firstperson46 merged (offline-411)
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (speakers47): kind spokespeople, acronym bodies, owned appositives
    # session 47 (speakers47): long trailing titles ('Chief Supt X of Y Police told')
    # session 47 (released47): he/she after 'his agent, X,' is not X
    # session 47 (lead): released47 merged on the five before (offline-412)
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (passing48): tails after a cut-out relative clause; a denial's reason
    # session 48 (speakers48): owner's person speaks; described bodies (offline-632)
    # session 48 (speakers48): a name written only after 'in' is a place (offline-635)
    # session 48 (speakers48): 'X denied it.' makes 'the company' X (offline-636)
    # session 48 (lead): speakers48 merged (offline-661), floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 49 (speakers49): body by its head noun, weekday, his spokesman; wrong spk -3
    # session 49 (speakers49): a kind spokesman of a one-word name shows its full name
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 50 (released50): page chrome lines and place-based bodies (offline-752)
    # session 50 (released50): a quotation after a clock's a.m./p.m. opens a sentence (offline-754)
    # session 50 (lead): lower-case label nouns' numbers ('near junction 13') count nothing
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 51 (bars51): bankfine's new point shows 'the regulator' where gold names a person
    # session 51 (slot51): learned one-slot model for lone counts: disputes +2, agreed +1
    # session 51 (lead): slot51 merged, measured on the merged tree
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 52 (released52): -2, a newly found dispute side cites 'In a statement, it said'
    # session 52 (candidates52): one rare figure blocks a pair (figure_neighbours)
    # session 52 (lead): candidates52 merged on lookalike52 + dev52 + released52
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 53 (released53): 'its'/'the agency's' officer speaks for the body; label nouns
    # session 53 (speakers53): a spokesman after a named body's clause is its spokesman
    # session 53 (speakers53): a relative named after the kin speaks by that name
    # session 53 (speakers53, merged): body spokesman, kin names
    # session 53 (nogold53): one voice on both sides of a conflict makes no point
    # session 53 (nogold53, merged): one voice's two remarks make no point
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (released54): owned titles tie officers to bodies; a pronoun-told side rebuts
    # session 54 (lead): disputes54 merged on released54 + dev54, floors re-measured
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 55 (released55): no title from a trailing '..., <Name> said'; scale-word bound step
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 56 (released56): apposed title no clause; 'X of <Body>' speaks; 'X, in its' a body
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (released57): 'the company' after a bare-name clause; 'normally' after -ing
    # session 57 (speakers57): 'the <kind>' of one named body lends it the next 'a spokesman said'
    # session 57 (lead): merged released57 + speakers57
    # session 57 (released57): 'the company' after a bare-name clause; 'normally' after -ing
    # session 57 (bodyperson57): more appositive shapes tie an officer to its body
    # session 57 (lead): merged bodyperson57
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 58 (voices58): a body's words joined with its officer's show both voices
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 60 (lead): session 53's six released to training
    # session 60 (released60): footer, block author, they, she
    # session 60 (speakers60): speakers read from clause subjects
    # session 60 (lead): speakers60 merged
    # session 60 (nogold60): closed-class figure slots no dispute
    # session 60 (lead): merged tree
    # session 61 (lead): session 54's six released to training
    # session 61 (speakers61): body read by kind and name shape
    # session 62 (lead): session 55's six released to training
    # session 62 (speakers62): speaker readers, wrong_speaker -9
    # session 62 (tables62): seed-event tables emptied
    # session 62 (lead): tables62, fragments62, labels62
    # session 62 (lead): tables62 reverted
    # session 63 (lead): session 56's six released to training
    # session 63 (speakers63): owned titles, paragraph subject
    # session 63 (released63): parts told of a whole
    # session 63 (lead): released63 merged
    # session 63 (tables63): seed tables out, leads by shape
    # session 63 (lead): tables63 merged
    # session 64 (lead): session 57's six released to training
    # session 64 (released64): a code's digits meet only their code
    # session 65 (lead): session 58's six released to training
    # session 66 (lead): session 59's six released to training
    # session 66 (speakers66): judging verbs, asked frames
    # session 66 (lead): speakers66 in part
    # session 66 (lead): past-tense estimate frames
    # session 67 (lead): session 60's six released to training
    # session 67 (verdicts67): verdict verbs of judging, mended
    # session 68 (lead): session 61's six released to training
    # session 68 (released68): '; X denies it' a clause
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): session 63's six released to training
    # session 70 (devagreed70): quotation/frame cuts, adjective commas
    # session 70 (lead): the merged tree's floors
    # session 71 (lead): session 64's six released to training
    # session 71 (lead): the merged tree's floors
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert right >= 5342 and wrong <= 59, shown("speakers.wrong_items")
    # 1225 right, 13 wrong (session 30, agree30; raised by 1: the same blind_oilcut
    # statement as `wrong_speaker` above, the oil minister's words shown as his where the
    # gold names the oil ministry; it was "none" before)
    # 900 right, 16 wrong with blindS21's three as written (45 right, 1 wrong, 6 none of 52)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 917 right, 17 wrong with blindT21's three as written (62 right, 2 wrong, 2 none of 66)
    # (session 21, blindT21; no code change, measured on 6f423c5)


def test_few_look_alikes_merged_or_facts_split() -> None:
    # 5 of 96 look-alike pairs merged when measured: "Polar Air operates 30 aircraft" agreed
    # by the sentence of the people aboard that names the carrier (planecrash), the
    # governor's "further increases likely" by her "prices rising too fast" (ratehike), the
    # chief executive's cloud quote by her "cloud business grew 38 percent" (earnings), one
    # province's cases with all cases (outbreak), 3,400 firefighters battling with two
    # killed (wildfire); 18 facts split over two items (most an agreed item beside the
    # point that disputes its figure; the session-12 merges added two such: the seats
    # turnout line, now a claim, beside its dispute, and the shooting's nine wounded); 17
    # after session 13 (the verdict's acquittals, no longer a side of a wrong point); 19
    # in session 14: the outbreak's 31 deaths, told by the health ministry and by "the
    # government" (speakers14), and the typhoon's toll of 11 (figslot14), each missed
    # before, are agreed beside the point that disputes or updates the count.
    # Session 14 annotated one more pair and merges it: since a thousands separator no
    # longer stops the clause cut, the wildfire's "has burned more than 89,000 acres in
    # northern California" is a claim of its own and joins the other outlet's "wildfire in
    # northern California has destroyed 723 homes" (two counts of one lead sentence, in
    # different slots: no figure rule keeps them apart). 20 in session 15: the resignation's
    # private-travel claims, missed before, are agreed (the minister "stepped down amid
    # claims" of 62,000 euros joins "resigned over allegations") beside the point that
    # disputes the amount (madeup15); 26: the six reports of a denied or denying party,
    # agreed beside the denial point (madeup15); 27: the singer's age, 68, agreed beside
    # the point that disputes it (69)
    # 117 with the blind clusters (session 16)
    # 136 with blindB16's (19 more)
    # 168 with blindD16's (32 more)
    # 188 with blindC16's (20 more)
    # 216 with blindE17's (28 more)
    # 207 with blindF17's (19 more)
    # 235 with blindF17 merged (session 17, lead)
    # 209 with blindG17's (21 more)
    # 256 with blindG17 merged (session 17, lead)
    # 275 with blindH17's fifth blind batch (19 pairs)
    # 296 with blindI18's sixth blind batch (21 pairs)
    # 297 with blindJ18's seventh blind batch (22 pairs)
    # 318 with blindJ18 merged (session 18, lead)
    # 347 with blindM19's three (29 pairs; session 19)
    # 342 with blindL19's batch (24 pairs; session 19)
    # 371 with blindM19 and blindL19 merged (session 19, lead)
    # 340 with blindK19's eighth blind batch (22 pairs)
    # 393 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 371 with blindM19 and blindL19 merged (session 19, lead)
    # 384 with blindN19's three (13 pairs; session 19)
    # 406 with blindN19's batch merged (session 19, lead)
    # 423 with blindO19's three as written (17 pairs; no code change; session 19, measured on
    # 578a7b1); 421 once two pairs whose anchors lie in one sentence were dropped (gold fix)
    # 440 with blindQ20's three as written (19 pairs) (session 20, no code change; measured on
    # c544772)
    # 440 with blindP20's three as written (19 pairs; session 20)
    # 459 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 470 with blindR20's three as written (11 pairs)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 488 with blindS21's three as written (18 pairs)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 511 with both session-21 batches
    # 536 with blindU22's three as written (25 pairs)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 538 with blindV22's three as written (27 pairs, none merged)
    # 563 with both session-22 batches merged on the final code (session 22, lead)
    # 584 with blindW23's three as written (21 pairs)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 584 with blindX23's three as written (21 pairs)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 605 with blindW23 and blindX23 merged (session 23, lead)
    # 624 with blindY24's three as written (19 distinct pairs, none merged)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 619 with blindZ24's three as written (14 pairs)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 638 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 660 with blindA25's three as written (22 pairs, one merged)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 657 with blindB25's three as written (19 pairs)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 679 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 408 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # session 30 (lead): session 23's six held-out clusters released to training
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 60 (lead): session 53's six released to training
    # session 61 (lead): session 54's six released to training
    # session 62 (lead): session 55's six released to training
    # session 63 (lead): session 56's six released to training
    # session 64 (lead): session 57's six released to training
    # session 65 (lead): session 58's six released to training
    # session 66 (lead): session 59's six released to training
    # session 67 (lead): session 60's six released to training
    # session 68 (lead): session 61's six released to training
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): session 63's six released to training
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 73 (lead): session 66's six released to training
    assert total("distinct_total") == 2087
    # 493 with blindT21's three as written (23 pairs)
    # (session 21, blindT21; no code change, measured on 6f423c5)
    # (6 -> 5: speakers15, two counts of two acts; 4: figread15, "killed ... last week" is
    # no earlier value, so two firefighters killed / 3,400 battling are two counts)
    # (6 with all six blind clusters: blindB16's flood's Tuesday forecast and Wednesday's
    # weather, the shooting's 2019 killing and its 2022 settlement)
    # (12 with blindD16's second batch as written: buoy gusts / sustained winds, the two
    # countries' airports, the 41 / 32 percent premiums, the review's length / the closing
    # date, the cousin's tampering conviction / the defendant's, the pistol found / the arrest)
    # (14 with blindC16's as written: inflation's 9.4 percent / the 11 percent pay demand,
    # the 40 gigabytes a gang posted / the 1.8 terabytes it says it took)
    # (9 after precision16: the two airports (two owners), the cousin's conviction (a
    # relation of a name is not that name), the pistol / the arrest (two offsets after the
    # shooting) kept apart)
    # 11 on all twelve with precision16 merged
    # (13 after precisionC16's: a clause backs a claim only when it states all its figures)
    # 10 with precisionC16 merged too (the 40 GB posted / 1.8 TB taken)
    # 13 with blindE17's as written (two countries' school closures, a bank's March
    # deposits / assets, another bank's Tuesday / Monday share moves)
    # 11 with blindG17's as written (the crush's licensed capacity, 45,000, in the sentence
    # cited for the 42,000 tickets sold)
    # 14 with blindG17 merged (session 17, lead)
    # 13 with precisionD17 merged (session 17, lead)
    # (14 with blindI18's as written: the bankruptcy's bank debt / supplier debt)
    # 14 with blindJ18's as written (the eruption's 1981 evacuation of 2,000 cited in
    # this eruption's 4,800)
    # 15 with blindJ18 merged (session 18, lead)
    # 19 with blindM19's three (raised, data only: 4 of 29, all pairs added to the gold after
    # the first measurement: the fraud's three-year wait / sentence and two quotations of one
    # victim, the avalanche's "busiest weekend" scene-setting / the guides' charge, the
    # collapse's records released / seized)
    # 20 with slots19 (loosened by one): the learned slot veto (merge/slot_model.py) drops
    # the trial's wrong dispute between the law's "25 years to life" and the cousin's "four
    # years", and without that conflict edge the cousin's conviction joins Maddox's
    # 22 with `value_shared` (session 19, learn19; raised, a trade for 18 more agreed facts:
    # one value of two things: the crush's 11 critically injured and 11 fans hurt elsewhere,
    # the listing's value with options and at the offer price)
    # 25 with blindO19's three as written (3 of 17: a start and an end time, another city's turnout,
    # the signatures needed; no code change; session 19, measured on 578a7b1); 23 once the two
    # pairs whose anchors lie in one sentence (the start and end time, the signatures) were dropped
    # 21 with background20 (the crush's 11 / 11 and the eruption's 1981 evacuation: a claim
    # its sentence's head sets in another occurrence joins no claim of the story's own)
    # 24 with blindP20's three as written (the takeover's 34% premium over a three-month
    # average joined with the 31% over Friday's close; no code change; session 20, on c544772)
    # 22 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 24 with blindR20's three as written (Thursday's share fall and Friday's recovery; 19 days
    # of hunger strike and 19 months held)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 23 in session 21 (extract21): "when it closed, down from $5.3 billion" is no claim of its
    # own (it had joined the bank's total assets)
    # 24 with blindU22's three as written (raised by 1, data only: the riot's special police
    # unit surrounding the prison joined with its moving into the courtyard)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 23 with both session-22 batches merged on the final code (session 22, lead)
    # 25 with blindW23's three as written (raised by 2, data only: the coach's "finished fourth
    # last season" with "16th in the table", and the reported 1.8-3 million range with the
    # club source's 1.8 million)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 26 with blindX23's three as written (raised by 3, data only: the merger's one town's
    # nine of 14 supermarkets, the union's 3,000 jobs and the 96 local areas joined with the
    # national share / the group's staff)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 28 with blindW23 and blindX23 merged (session 23, lead)
    # 28 with blindZ24's three as written (none of 14 there)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 29 with blindA25's three as written (raised by 1, data only: the turbulence's cruising
    # altitude of 37,000 feet joined with the 6,000-foot drop)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 29 with blindB25's three as written (raised by 1, data only: "had defended Dorsk in
    # parliament as recently as Thursday" joined with "was forced on Wednesday to defend")
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 30 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 19 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # session 30 (lead): session 23's six held-out clusters released to training
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # 31 (session 32, speakers32; raised by 1, a trade: blind_outage's "The company denied
    # that." is now Tessaline's, the company named in the sentence before, and its item
    # joins the union's account with the customers affected; the attribution is right)
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 40 (split40): 60 (a compared figure's phrase, "a higher figure than the 32%
    # premium", its own claim: the two facts no longer share one claim)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 41 (lead, split41's noun-led lead): a compared figure named by its noun is a claim
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 42 (lead): a "; " clause with a figure of a named thing is its own claim
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (precision47): figures of one kind, none shared: no join
    # session 47 (released47): 'number 14' is a label, no figure
    # session 47 (lead): released47 merged on the five before (offline-412)
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (lookalike48): appositive/dash-aside/after-date cuts part 2 look-alikes
    # session 48 (passing48): tails after a cut-out relative clause; a denial's reason
    # session 48 (lead): passing48 merged (offline-660), floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 50 (andcut50): ', and <subject> <verb>' cut (and_cuts.py)
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (lead): a relation of a name and that name tell clause parts apart (-1)
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 55 (grouped55): a duration a verb of lasting takes is a term, after a modal a forecast
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 61 (lead): session 54's six released to training
    # session 62 (lead): session 55's six released to training
    # session 63 (lead): session 56's six released to training
    # session 63 (released63): parts told of a whole
    # session 64 (lead): session 57's six released to training
    # session 66 (lead): session 59's six released to training
    # session 66 (update66): update sentence on both sides
    # session 67 (lead): session 60's six released to training
    # session 67 (tallies67): tallies read as one paired figure
    # session 68 (lead): session 61's six released to training
    # session 69 (lead): session 62's six released to training
    # session 70 (lead): session 63's six released to training
    # session 71 (lead): session 64's six released to training
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 73 (lead): session 66's six released to training
    assert total("distinct_merged") <= 149
    # 24 with blindT21's three as written (none merged there)
    # (session 21, blindT21; no code change, measured on 6f423c5)
    # and the sinking's coast guard toll of 24 and the aid group's "up to 100 drowned", each
    # agreed by three outlets, are now also the two sides of the point that disputes them
    # (figcand15)
    # 44 with the blind clusters (15: most an agreed item beside the point that disputes its
    # figure, and the company named or called "the company" by two outlets; session 16)
    # 48 with blindB16's (4 after its fixes: the flood's 2011 toll is no side of this week's,
    # the drug's list and fair prices no longer sides)
    # (figcand15); 30 in session 16 (disputes16): the police's 45,000 marchers, agreed by
    # three outlets, is now also a side of the point that disputes the organisers' count
    # ("took part in the march" is no slot word)
    # 49 with the blind clusters' 19
    # 63 with blindD16's second batch as written (14)
    # 80 with blindC16's as written (17: most the election's seat and share figures, agreed
    # beside the point that disputes them)
    # 65 (company16, a ceiling raised by two): with "the company" its article's Corvane,
    # NBN's one-sentence "The company announced ... cutting around 8 percent ... plant in
    # Brackwater, ... which has about 900 employees" joins the layoffs' lead item and is
    # shown for it, so the 8 percent and the plant's 900 (each also agreed in an item of
    # its own, as before) are stated by two agreed items; no fact is lost
    # 81 with company16 on all twelve (its two, less one elsewhere)
    # 62 after precision16 (the Category 1 / Category 2 point is gone)
    # 82 on all twelve with precision16 merged (one more with both changes in)
    # 76 after precisionC16's fixes
    # 77 with precisionC16 merged too
    # 91 with blindE17's as written (14); 89 after its concept places (the quake's and the
    # storm's toll in one country no longer a side of the other's)
    # 76 after precision17 (session 17)
    # 80 in session 17 (disputes17): "nearly half a million patients" is read as a count,
    # so the hack's point of the gang's 400,000 / half a million patients is found; the
    # gang's claim of the attack, its 1.8 terabytes and its 400,000, agreed beside it, are
    # stated by the point's sentences too (an agreed item beside the point that disputes it)
    # 82 with offline-84 (disputes17): the league's 'it "completely rejects" any suggestion
    # that match officials had been pressured' is a denial, so the referee-pressure point
    # is found, and the coach's remarks agreed in its group are stated by the point too
    # 83: "eight weeks of severance pay" is a term (disputes17), so the layoffs' severance
    # point is found and the company's 16 weeks, agreed by two outlets, is also its side
    # 84: "a sentence of 25 years" is a term (disputes17): the trial's maximum-sentence
    # point is found, and the agreed 40 years beside it is also its side
    # 83 with precision17 and disputes17 both merged (session 17, lead)
    # 87 with both (blindE17's three: 13 of them)
    # 95 with blindE17 merged (session 17, lead): disputes17's rules find disputes in the
    # third batch too (disputes found 98 -> 108), each beside agreed facts its sentences state
    # 86 with blindF17's third batch as written (9)
    # 87 after figure_subjects (the organisers' 250,000, agreed, is now also a side)
    # 86 after the background year (blind_mine's 2023 roof fall no longer a side)
    # 85 with precision17 and blindF17 merged (the older 76 and these three's 9)
    # 104 with blindF17 merged (session 17, lead)
    # 78 with clause backing (recall17): blind_drug's "approved on Thursday", a clause of
    # one outlet's sentence, backs a second agreed item of that fact
    # 106 with recall17 merged (session 17, lead)
    # 96 with blindG17's fourth blind batch as written (13 more, no code change)
    # 119 with blindG17 merged (session 17, lead)
    # 117 with precisionD17 merged (session 17, lead)
    # 122 with recallD17 (session 17): five facts found since (the crush's nearly 90 / 87
    # injured and seven critical, the ferry's 331 aboard, the final's 71,400 crowd, the
    # protest's 46 in hospital) are agreed beside the point that disputes or updates them;
    # the splits over two agreed items stay 14, and the derailment's is now the train's 112 cars
    # 130 with blindH17's fifth blind batch as written (8 more, no code change)
    # 131 in session 18 (disputes18): the ferry's operator's denial, agreed by two outlets, is
    # now also a side of the overloading point that two speakers' accounts make; 132: the
    # police's "the alarm had not gone off", agreed, is a side of the heist's alarm point
    # 144 with blindI18's sixth blind batch as written (14 more)
    # 143 after blindI18's fixes (the rival chain's collapse "Last spring" is a past event,
    # no side of the stores point: -2; the 800 soldiers agreed beside its update point: +1)
    # 145 with blindI18 merged (session 18, lead)
    # 127 with precision18 (the poisoning's supplier item, the crush's tickets and gate);
    # 123 once a group that retells an earlier event is no side of today's point
    # (`background_groups`: the derailment's, the heist's and the outage's)
    # 138 with precision18 merged (session 18, lead)
    # 131 with recallC18: the shooting's police denial that the gun was planted, now agreed
    # ("Lt. Colin Ashby, a department spokesman" speaks for the police department), is also
    # the side of the planted-gun dispute (a fact found beside its point; none lost)
    # 139 with recallC18 merged (session 18, lead)
    # 131 with clause agreement (recall18): blind_protest's witnesses' tear gas, missed
    # before, is now an agreed item of two clauses beside the point that holds it
    # 140 with recall18 merged (session 18, lead)
    # 133 in session 18 (disputesF18): the shooting's "the officers fired five shots",
    # agreed by two outlets, is now also a side of the point the witnesses' "put the number
    # at eight or more" makes with it (figure_answers: a gold dispute found)
    # 141 with disputesF18 merged (session 18, lead)
    # 141 with blindJ18's seventh blind batch as written (11 more, no code change)
    # 152 with blindJ18 merged (session 18, lead)
    # 160 with blindM19's three as written (8, raised: data only; mostly an agreed item beside
    # the point that disputes its figure: the avalanche's seven rescued and a dozen buried, the
    # fraud's $310m beside the co-defendant's counts, and two items of one victim's age and loss)
    # 168 with blindL19's batch as written (16: 11 of them the listing's, seven through one
    # figure point of its price, range, shares and its rival's price)
    # 176 with blindM19 and blindL19 merged (session 19, lead)
    # 171 with slots19 (the learned slot veto: fewer wrong figure points split agreed facts)
    # 183 with `value_shared` (session 19, learn19; raised: most of the 18 facts it finds
    # are also stated by a contested point or a second item)
    # 171 with blindK19's eighth blind batch as written (raised by 19, its as-written count)
    # 201 with blindK19's eighth batch merged on the session's final code (session 19, lead)
    # 190 with blindN19's three as written (7, raised: data only, no code change)
    # 208 with blindN19's batch merged (session 19, lead)
    # 230 with blindO19's three as written (22 split facts; no code change; session 19, measured on
    # 578a7b1)
    # 243 with blindQ20's three as written (raised by 13, data only) (session 20, no code change;
    # measured on c544772)
    # 239 with background20 (the landslide's and the listing's background points are gone)
    # 247 in session 20 (accuse20, +4 on main with blindQ20): a bare denial's point shows
    # the denier's next claim as its reasons (`denial_reasons`); when several origins state
    # that claim it stays an agreed item too, as a party's side does (`party_sides`): the
    # heist's "No part of our alarm system was switched off", the outage's "Staffing levels
    # had nothing to do with this incident", a sanctions fact and one more
    # 243 with background20 and accuse20 merged (session 20, lead)
    # 242 with blindP20's three as written (12 there; no code change; session 20, on c544772)
    # 255 with blindP20's held-out batch merged on the session's final code (session 20, lead)
    # 263 with blindR20's three as written (8 there)
    # (session 20, blindR20; no code change, measured on 2cdfd0b)
    # 268 in session 20 (conflict20, raised by 5): the two sides of a point of two parties'
    # agreed accounts (`group_rebuttals`) stay agreed items too, as a party's side does
    # (`party_sides`): each such fact is now stated by an agreed item and the point
    # 271 in session 21 (extract21, offline-117, raised by 3): the bank's "Pellier Trust in 2019
    # held $1.8 billion" is a claim now (it read "2019 held ...") and sides with a false figure
    # point that was already there; two on the held-out blind_blast (not read)
    # 270 when both are merged (session 21)
    # 267 in session 21 (nogold21): the eruption's cancelled flights agreed
    # 270 in session 21 (figside21, raised by 2): a group left out of every point whose
    # figure conflict is about another slot of its partner's point joins that point
    # (`figure_leftovers`); the partner's group stays agreed on what joined it, so a fact
    # it states is shown by the agreed item and, through its figure, by the point
    # 272 with all of session 21's branches merged (lead)
    # 274 in session 21 (units21, raised by 2): the protest's ban point (30 days / two weeks,
    # `figure_durations`) holds the claims of two agreed facts (the ban near parliament, its
    # 30 days), which stay agreed items too: each is shown by the agreed item and the point
    # 277 in session 21 (speakers21, loosened by 2): the fraud's dispute "did he profit" is
    # found now ("X, his lawyer, told" keeps its speaker) and its two facts are stated both by
    # the agreed item and by the point
    # 276 with units21 and speakers21 both merged (lead)
    # 287 with blindS21's held-out batch merged on the session's final code (session 21, lead)
    # 297 with blindT21's batch merged too, on the session's final code (session 21, lead)
    # 298 with offline-123 (speakers22; loosened): blind_protest's pepper-spray fact, stated
    # by two items once Vell's "saying" clause carries her name (see the agreed floor)
    # 303 in session 22 (figdisp22, loosened by 6): the tolls read from their count-noun
    # subjects are sides of points now, and the compound claims that carry them ("Two days
    # after an avalanche killed four skiers at ..."; the vaccine batch's regulator group, whose
    # 38 / 57 reports are disputed inside it) also state agreed facts; 307 with the latter
    # 308 with speakers22 and figdisp22 both merged (session 22, lead; their +1 and +10)
    # 310 in session 22 (figupd22, loosened by 2): the landslide's army facts (800 soldiers
    # now at the site, 16 rescued) are agreed items and sides of the soldiers' update point
    # 313 with blindU22's three as written (16 there, 8 of them the rate cut's: the cut, the
    # new rate, the vote, the March cut and the dalar shown by agreed items and by the one
    # figure point that holds them)
    # (session 22, blindU22; held out, no code change, measured on 05e9c70)
    # 316 with blindV22's three as written (19 there)
    # (session 22, blindV22; held out, no code change, measured on 05e9c70)
    # 344 with both session-22 batches merged on the final code (session 22, lead)
    # 343 in session 23 (nogold23): the bank's earlier failure no longer a point's side
    # 345 with disputes23 (raised by 1): the bank's "38 branches reopen on Monday" is now
    # also a side of the branches dispute (41 vs 38), so it is stated by a point too
    # 346 with clause views (session 23, clauseview23, loosened by 2: the avalanche's
    # eight-rescued and the sanctions' naval-pretext, newly agreed, are stated by a second
    # item too)
    # 347 with members23 and clauseview23 merged (session 23, lead)
    # 348 with participle23 (loosened by 1: a held-out cluster, not read; the training
    # clusters are level)
    # 360 with blindW23's three as written (16 there)
    # (session 23, blindW23; held out, no code change, measured on b19369a)
    # 364 with blindW23 merged (session 23, lead)
    # 354 with blindX23's three as written (10 there, 7 of them the recount's: the margins,
    # totals and tampering charge shown by agreed items and by the points that hold them)
    # (session 23, blindX23; held out, no code change, measured on b19369a)
    # 374 with blindW23 and blindX23 merged (session 23, lead)
    # 377 with paraprobe24 (loosened by three, a trade for three agreed facts missed before,
    # each in a dispute: the bank's fall and its 11 percent, the court's rejection, now
    # agreed beside the point that holds them; rule 7 no longer reads two outlets' one act
    # in two words as two remarks of one body)
    # 382 with blindY24's three as written (8 split facts)
    # (session 24, blindY24; held out, no code change, measured on 35072f9)
    # 385 with blindZ24's three as written (11 there: the family counts, the clearance, the
    # engineer's claim and the company's rejection shown by agreed items and the points that
    # hold them)
    # (session 24, blindZ24; held out, no code change, measured on 35072f9)
    # 397 with blindY24, blindZ24 and every code branch merged (session 24, lead)
    # 403 with blindA25's three as written (6 there: the diversion, the route, the flight
    # number and the airport's 19 beside the injured-count points, the line's and the port
    # authority's Wednesday counts beside the count point)
    # (session 25, blindA25; held out, no code change, measured on 6094194)
    # 410 with blindB25's three as written (raised by 13, data only)
    # (session 25, blindB25; held out, no code change, measured on 6094194)
    # 416 with blindA25, blindB25 and the code branches so far merged (session 25, lead)
    # 398 (session 25, speakers25: the speaker fixes of the coordinated "X ordered ... and
    # said", the relative clause's verb, "However, according to"): one fact more split in a
    # held-out cluster (its agreed items +1, single items -1, agreed facts unchanged; which
    # claim, not read: the cluster is held out)
    # 417 with every session-25 branch merged (session 25, lead)
    # 232 without the held-out clusters (session 25, lead)
    # session 26 (lead): sessions 19-20's fifteen held-out clusters released to training
    # 301 (session 26, falsepoint26: remainder counts, plans and sums said in words no
    # longer set one fact's items apart; training clusters only)
    # 297 (session 26, polarity26: the one-stance denial's fact no longer split by the point;
    # a load and the dead among it kept apart, with the re-applied 'when' clause in a subject)
    # 292 (session 27, falsepoints27: the false points' facts agreed again)
    # 293 (session 28, speakers28: raised by 1 -- blind_hunger's force-feeding dispute is now
    # found, and three of its facts stand both in agreed items and on the new point's sides;
    # blind_devaluation's false point gone, two facts agreed again)
    # session 29 (lead): sessions 21-22's nine held-out clusters released to training
    # 338 (session 29, disputes29: +1 blind_airlinestrike, the new point's side also agreed;
    # -2 blind_protest, the witnesses' tear gas now only a side of the tear-gas point)
    # 340 (session 29, agree29: raised by 1 -- blind_cablecut's "the consortium blames an
    # anchor" is now agreed, its spokeswoman speaking for the consortium, and its claim
    # also stands on a contested point that was there before)
    # 336 (session 29, falsepoints29: the three false points' facts no longer split)
    # 336 with disputes29, agree29 and falsepoints29 merged (session 29, lead)
    # 340 (session 29, cleanup29; raised by 1: blind_spill's fact newly agreed with the
    # shipping line as its speaker also stands on a point's side)
    # 337 (raised by 1: cleanup29's spill fact, agreed and on a side) with the four code
    # branches of session 29 merged (lead)
    # session 30 (lead): session 23's six held-out clusters released to training
    # 363 (session 30, agree30: one body's two voices joined)
    # 362 with the five code branches of session 30 merged (lead)
    # session 31: session 24's six held-out clusters released to training (lead)
    # session 31 (nogold31): 385 (blind_sanctions: two facts no longer split)
    # +2 (session 31 (actlike31), a documented trade: figure_act_alike finds two more
    # disputes and one position less cites two sides; two facts more are split, one the
    # found dambreach dispute's own sides, one blind_heatdeaths' hospital admissions
    # told as "admitted" / "treated", now one slot, its death toll point regrouped)
    # session 32 (lead): session 25's six held-out clusters released to training; agree31
    # and actlike31 merged
    # 407 (session 32 (disputes32); raised by 1, a trade for +2 disputes: blind_drugrecall's
    # found patients dispute shows the regulator's 90,000 agreed and as a position too)
    # session 32 (nogold32): 404
    # session 32 (lead): 405 with disputes32, nogold32 and agree32 merged (nogold32's -1 and
    # disputes32's +1 trade meet)
    # session 32 (lead): 404 (telling.dates_a_telling: a period on a verb of telling,
    # "this month said they had approved", dates the report, not the act;
    # blind_rocketfail's point on such a period is gone)
    # session 33 (lead): session 26's six held-out clusters released to training
    # session 33 (nogold33): 429, a documented trade for -7 points without gold and +3
    # disputes: `reason_answers` sets blind_tunnelflood's "rejects that account" against the
    # authority's barriers and blind_helicrash's "rejected that" against the pilots'
    # association's amendment claim, both also agreed items (a party's side stays agreed:
    # split +2), and blind_hunger's denial no longer meets "which runs the centre" (-1)
    # session 34 (lead): session 27's six held-out clusters released to training
    # session 34 (disputes34): 462 (`negation_blocks`: blind_councilvote, blind_gasleak)
    # session 34 (lead): 460 with disputes34 and nogold34 merged
    # session 35 (lead): session 28's six held-out clusters released to training
    # session 35 (disputes35): 503 -> 504, a documented trade: blind_museumfire's deputy
    # leader's £25m repair bill, an agreed fact of two origins, is now also the side of the
    # point the adjuster's "final figure ... £40 million" answers (+4 disputes for +1 split)
    # session 35 (nogold35): 501 (blind_airportdrones: the reopening time is no side of a
    # false point)
    # session 35 (lead): 502 with disputes35 (+1, its trade) and nogold35 (-2) merged
    # session 36 (lead): session 29's six held-out clusters released to training
    # session 36 (lead): 528, a documented trade: examleak's live-blog label gone, its
    # second arrest ("The second, a 22-year-old woman, was arrested in ...") now its own
    # agreed item beside the first arrest's (one gold fact, two agreed items)
    # session 37 (lead): session 30's six held-out clusters released to training
    # session 37 (precision37): 553, a trade: a ", but" clause with no subject keeps its
    # sentence whole (birdflu, recount), one item where gold splits two facts
    # session 38 (lead): session 31's six held-out clusters released to training
    # session 38 (points38): 574 (an hour in words, "half past ten", is no count: fewer
    # clock words read as figures split facts into figure sides)
    # session 39 (lead): session 32's six held-out clusters released to training
    # session 39 (points39): 607 (two acts' periods no point: blind_moldschool, blind_lottery)
    # session 40 (lead): session 33's six held-out clusters released to training
    # session 40 (agree40): 630 (a trade: blind_ministerquit's hit-job remark in a second item)
    # session 40 (split40): 630 (one gold fact told as a figure and its compared figure now
    # cites two claims; traded for 3 fewer merged look-alikes, bench/README)
    # session 40 (lead): lead, agree40 and split40 merged (offline-249)
    # session 41 (lead): session 34's six held-out clusters released to training
    # session 41 (lead): a denial's closing purpose clause is not what it rejects
    # session 41 (speakers41): 652 (bodies named by a common noun: institute, charity, ...)
    # session 41 (lead): re-measured after merging speakers41 onto the lead's changes
    # session 42 (lead): session 35's six held-out clusters released to training
    # session 42 (lead): a "; " clause with a figure of a named thing is its own claim
    # session 42 (lead): 677, traded for agreed +3 ("chair" a title: found facts also in a point)
    # session 42 (lead): a prohibition ("illegal for shops to sell") negates the act it forbids
    # session 43 (lead): session 36's six held-out clusters released to training
    # session 43 (disputes43): 715 (each told-rivals point's side restates an agreed fact)
    # session 43 (released43): 706 (a comparison's base period: the date point went)
    # session 43 (lead): released43 merged
    # session 43 (split43): 520 (a figure side an agreed item quotes in full quotes one origin)
    # session 43 (lead): split43 merged on top of disputes43 and released43
    # session 44 (lead): session 37's six held-out clusters released to training
    # session 44 (denials44): 545 (a charge several outlets tell is an agreed item and a side)
    # session 45 (lead): session 38's six held-out clusters released to training
    # session 45 (joins45): two persons' quotations never join (quoters.py)
    # session 45 (pointback45): a charge in a denial's own sentence; that-clauses
    # session 45 (pronouns45): It + act names the body before (offline-503)
    # session 45 (lead): pronouns45 merged with pointback45 (offline-410)
    # session 46 (lead): session 39's six held-out clusters released to training
    # session 46 (vetoes46): two named sources of one unquoted event fact join at p >= 0.7
    # session 46 (bodyvoice46): +2: two facts now found (airlinestrike), each also in another item
    # session 46 (lead): bodyvoice46 merged with vetoes46
    # session 47 (lead): session 40's six held-out clusters released to training
    # session 47 (precision47): figures of one kind, none shared: no join
    # session 47 (speakers47): kind spokespeople, acronym bodies, owned appositives
    # session 47 (lead): speakers47 merged with precision47
    # session 47 (negscope47): passive noun negation vs its noun as object
    # session 47 (lead): negscope47 merged on precision47 + speakers47
    # session 47 (longshort47): a clause backs a short claim it holds (+6 agreed, split +1)
    # session 47 (lead): longshort47 merged on the three before
    # session 47 (titles47): a name/title phrase in an anchor no longer states it
    # session 47 (lead): titles47's scoring over the merged tree
    # session 48 (lead): session 41's six held-out clusters released to training
    # session 48 (released48): count noun's of-phrase head; rather after a number
    # session 48 (speakers48): owner's person speaks; described bodies (offline-632)
    # session 48 (lead): speakers48 merged (offline-661), floors re-measured
    # session 49 (lead): session 42's six held-out clusters released to training
    # session 49 (speakers49): body by its head noun, weekday, his spokesman; wrong spk -3
    # session 49 (nogold49): "X but not Y" that states X's concept first rebuts none (birdflu)
    # session 49 (lead): nogold49 merged on speakers49, floors re-measured
    # session 49 (released49): four furniture forms; a number in words past its scale
    # session 50 (lead): session 43's six held-out clusters released to training
    # session 50 (released50): page chrome lines and place-based bodies (offline-752)
    # session 50 (figureblock50): lone unit figures met by size; +3 disputes
    # session 50 (lead): accused50 + released50 + figureblock50 merged, measured together
    # session 50 (twofacts50): as/while/because/before clauses cut into claims
    # session 50 (lead): all six helpers merged (offline-673), measured together
    # session 50 (lead): lower-case label nouns' numbers ('near junction 13') count nothing
    # session 50 (andcut50): ', and <subject> <verb>' cut (and_cuts.py)
    # session 50 (lead): andcut50 merged with the label-noun reading (offline-674)
    # session 51 (lead): session 44's six held-out clusters released to training
    # session 51 (compound51): clause parts for irregular pasts; backing bar re-fit 0.6
    # session 52 (lead): session 45's six held-out clusters released to training
    # session 52 (lookalike52): a named owner's figure is no rival (figure_possessed)
    # session 52 (dev52): present-tense relative clauses are parts
    # session 52 (lead): lookalike52 + dev52 merged
    # session 52 (candidates52): one rare figure blocks a pair (figure_neighbours)
    # session 52 (lead): candidates52 merged on lookalike52 + dev52 + released52
    # session 53 (lead): session 46's six held-out clusters released to training
    # session 53 (released53): 'its'/'the agency's' officer speaks for the body; label nouns
    # session 53 (clauses53): a present -s verb makes a clause part (agreed +3, split +2)
    # session 53 (clauses53, merged): present -s verb clause parts
    # session 53 (nogold53): one voice on both sides of a conflict makes no point
    # session 53 (nogold53, merged): one voice's two remarks make no point
    # session 54 (lead): session 47's six held-out clusters released to training
    # session 54 (dev54): a semicolon series of noun phrases is one claim (agreed +1, split -1)
    # session 54 (disputes54): two voices quoted by one outlet make a rebuttal; a party's stated
    # side stays agreed
    # session 54 (lead): disputes54 merged on released54 + dev54, floors re-measured
    # session 54 (parts54): appositions (a name and its role between commas) are clause parts
    # session 54 (parts54): an apposition its agreed sentence states makes no second item
    # session 54 (lead): parts54 merged, floors re-measured
    # session 55 (lead): session 48's six held-out clusters released to training
    # session 55 (grouped55): a duration a verb of lasting takes is a term, after a modal a forecast
    # session 55 (split55): a clause-part agreed item inside another item's sentences is not shown
    # session 55 (lead): split55 merged (a part item inside another agreed item's citations is not
    # shown)
    # session 55 (twosides55): a claim telling an earlier figure no outlet gives is a told update
    # session 55 (lead): twosides55 + figreads55 merged
    # session 55 (lead): a part item is dropped only with the same outlets and no point (split55's
    # five drops each hid who states a part)
    # session 56 (lead): session 49's six held-out clusters released to training
    # session 56 (toldwhen56): an update told inside one claim (time clause, revision cues)
    # session 56 (released56): apposed title no clause; 'X of <Body>' speaks; 'X, in its' a body
    # session 56 (lead): released56 merged with toldwhen56, seatpoint56, datesides56
    # session 56 (joinsample56): a join short of compared pairs is asked again, the rest scored
    # session 56 (lead): joinsample56 and lastweekday56 merged with released56
    # session 56 (lead): speakerlabels56 merged with joinsample56, lastweekday56, released56
    # session 57 (lead): session 50's six held-out clusters released to training
    # session 57 (released57): 'the company' after a bare-name clause; 'normally' after -ing
    # session 57 (baredenial57): bare denial's reasons by a description; none when they are a point
    # session 57 (lead): merged baredenial57
    # session 57 (released57): 'the company' after a bare-name clause; 'normally' after -ing
    # session 57 (bodyperson57): more appositive shapes tie an officer to its body
    # session 57 (lead): merged bodyperson57
    # session 58 (lead): session 51's six held-out clusters released to training
    # session 58 (voices58): a body's words joined with its officer's show both voices
    # session 58 (released58): long denied objects met by a third
    # session 58 (lead): merged released58 + neverpaired58
    # session 58 (kinds58): rule 6 reads the stating side's object to the head of its noun phrase
    # session 58 (lead): merged kinds58
    # session 59 (lead): session 52's six held-out clusters released to training
    # session 59 (released59): a ranged fine, a rating as a limit, a measure before a time
    # session 59 (accounts59): two parties' dates of one matter are a dispute (dated_rivals)
    # session 59 (lead): released59 + accounts59 merged
    # session 59 (negpara59): rule 6 reads a negation of a paraphrase (disputes +3, split +3)
    # session 59 (lead): negpara59 merged
    # session 60 (lead): session 53's six released to training
    # session 60 (released60): footer, block author, they, she
    # session 60 (speakers60): +2, an officer's words now his, not his group's
    # (blind_strandedwhales); the doctors' quotes now theirs (blind_gpresign)
    # session 60 (lead): speakers60 merged
    # session 60 (nogold60): closed-class figure slots no dispute
    # session 60 (bodyofficer60): 'Its' title -> body opened on
    # session 60 (lead): merged tree
    # session 61 (lead): session 54's six released to training
    # session 61 (released61): owner titles, pay claims, tagline
    # session 61 (nogold61): denial joins its main claim
    # session 61 (lead): released61 + nogold61 merged
    # session 62 (lead): session 55's six released to training
    # session 62 (answers62): rejection answers its accuser
    # session 62 (disputes62): party halves, initialisms
    # session 62 (lead): answers62 + disputes62 merged
    # session 62 (released62): speaker heads, Its subject
    # session 62 (lead): released62, speakers62, editor62, apiwarn62
    # session 62 (tables62): seed-event tables emptied
    # session 62 (lead): tables62, fragments62, labels62
    # session 62 (lead): tables62 reverted
    # session 63 (lead): session 56's six released to training
    # session 63 (speakers63): owned titles, paragraph subject
    # session 63 (disputes63): counts read back in their article
    # session 63 (lead): speakers63 + disputes63 merged
    # session 63 (released63): parts told of a whole
    # session 63 (lead): released63 merged
    # session 63 (tables63): seed tables out, leads by shape
    # session 63 (lead): tables63 merged
    # session 63 (reversal63): a verb told again read by shape
    # session 64 (lead): session 57's six released to training
    # session 64 (smallfix64): pounds as sterling, re- by vectors
    # session 65 (lead): session 58's six released to training
    # session 65 (lengths65): length rivals by act+occurrence
    # session 65 (nogold65): negation meets only its own act/thing
    # session 65 (lead): merged tree
    # session 66 (lead): session 59's six released to training
    # session 66 (released66): told-before figures and dates
    # session 66 (update66): update sentence on both sides
    # session 66 (lead): merged tree
    # session 66 (lead): speakers66 in part
    # session 66 (lead): past-tense estimate frames
    # session 67 (lead): session 60's six released to training
    # session 67 (tallies67): tallies read as one paired figure
    # session 67 (verdicts67): verdict verbs of judging, mended
    # session 67 (lead): merged tree
    # session 67 (lead): participle verdicts no back-reference
    # session 68 (lead): session 61's six released to training
    # session 68 (lead): pronoun verdicts point back
    # session 68 (released68): announced rival figures
    # session 68 (released68): '; X denies it' a clause
    # session 68 (lead): merged tree
    # session 68 (clocktimes68): time clauses cut by shape
    # session 68 (lead): merged tree
    # session 69 (lead): session 62's six released to training
    # session 69 (tallies69): closing remark of a quote run; vote tallies
    # session 70 (lead): session 63's six released to training
    # session 70 (released70): a month alone is a shared time
    # session 70 (lead): the merged tree's floors
    # session 71 (lead): session 64's six released to training
    # session 71 (lead): the merged tree's floors
    # session 72 (lead): session 65's six released to training
    # session 72 (lead): merged released72, devagreed72, report72, roles72
    # session 72 (lead): a verb's past form ends a role on its left (roles72 mend)
    # session 73 (lead): session 66's six released to training
    # session 73 (lead): roles73, released73, nogold73, report73, devagreed73, speed73 merged
    assert total("split_facts") <= 1470, shown("split_fact_items")
    # 279 with blindS21's three as written (11 there)
    # (session 21, blindS21; held out, no code change, measured on 6f423c5)
    # 278 with blindT21's three as written (10 there, 7 of them the referee's: the suspension
    # and its four matches beside the look-alike ban's point, the score, the scorer)
    # (session 21, blindT21; no code change, measured on 6f423c5)


def test_the_bench_prints_the_made_up_table_and_its_subtotal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["football", "tariff"]) == 0
    out = capsys.readouterr().out
    rows = [line.split()[0] for line in out.splitlines() if line.strip()]
    assert "football" in rows and "tariff" in rows and "typhoon" not in rows
    assert "SUBTOTAL (made-up)" in out and "not held out" in out
    assert "TOTAL " not in out.replace("SUBTOTAL", "")  # no dev cluster was named
    assert "SUBTOTAL (not dev)" not in out  # nor an annotated one
