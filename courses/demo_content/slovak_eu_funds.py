"""Demo course (Slovak only): EU funds for municipalities, from the Bratislava office."""

COURSE = {
    "key": "eu-funds-sk",
    "languages": ["sk"],
    "slug": {"sk": "eurofondy-pre-obce"},
    "title": {"sk": "Eurofondy pre obce: od projektového zámeru po vyúčtovanie"},
    "summary": {
        "sk": (
            "Praktický úvod pre starostov, prednostov a zamestnancov obecných úradov, ktorí chcú "
            "financovať rozvojové projekty z fondov Európskej únie. Kurz prevedie celým životným "
            "cyklom projektu – od prípravy zámeru a žiadosti cez verejné obstarávanie a realizáciu "
            "až po záverečné vyúčtovanie, udržateľnosť a kontroly."
        ),
    },
    "objectives": {
        "sk": [
            "Posúdiť, či projektový zámer obce zodpovedá výzve a strategickým dokumentom, a pripraviť podklady k žiadosti o nenávratný finančný príspevok.",
            "Naplánovať verejné obstarávanie tak, aby výdavky boli oprávnené a obci nehrozili finančné opravy.",
            "Riadiť realizáciu projektu, sledovať merateľné ukazovatele a pripravovať žiadosti o platbu.",
            "Zostaviť záverečné vyúčtovanie a pripraviť obec na kontroly, audity a obdobie udržateľnosti.",
        ],
    },
    "level": "introductory",
    "format": "self_paced",
    "hours": "3",
    "topics": ["finance", "planning"],
    "authors": {"sk": "Ing. Katarína Hudecová, projektová manažérka pre eurofondy, Bratislava"},
    "lessons": [
        {
            "key": "eu-1",
            "slug": {"sk": "od-zameru-k-ziadosti"},
            "title": {"sk": "Od zámeru k žiadosti o nenávratný finančný príspevok"},
            "section": {"sk": "Modul 1: Príprava projektu"},
            "body": {
                "sk": [
                    ("heading", "Dobrý projekt sa začína potrebou, nie výzvou"),
                    (
                        "paragraph",
                        "<p>Častou chybou obcí je, že projekt „ušijú“ na práve otvorenú výzvu. Skúsenejšie samosprávy postupujú opačne: majú pripravený zásobník projektových zámerov, ktoré vychádzajú z programu rozvoja obce, a po zverejnení výzvy len overia, ktorý z nich do nej zapadá. Zámer by mal jasne odpovedať na otázky: aký problém riešime, pre koho, aký výsledok chceme dosiahnuť a ako ho zmeriame.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Pred podaním žiadosti si z výzvy a z príručky pre žiadateľa vypíšte najmä:</p><ul><li><b>oprávnenosť žiadateľa a aktivít</b> – či môže obec žiadať a či aktivity patria medzi podporované;</li><li><b>oprávnené výdavky</b> a obdobie, v ktorom môžu vzniknúť;</li><li><b>merateľné ukazovatele</b>, ku ktorým sa projekt zaviaže;</li><li><b>podiel spolufinancovania</b> z rozpočtu obce a spôsob financovania (predfinancovanie, refundácia);</li><li><b>povinné prílohy</b>, napríklad doklady o vysporiadaní pozemkov alebo stavebné povolenie.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Rozpočet projektu zostavujte z reálnych podkladov – z projektovej dokumentácie a z prieskumu trhu, nie z odhadu „od oka“. Nadhodnotený rozpočet neskôr komplikuje verejné obstarávanie, podhodnotený zase zaťaží obecný rozpočet. Myslite aj na výdavky, ktoré oprávnené nie sú, a na prevádzkové náklady po skončení projektu.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Zásobník projektov sa oplatí",
                            "text": "<p>Udržiavajte jednoduchú tabuľku zámerov s odhadom nákladov, stavom prípravy (pozemky, dokumentácia, povolenia) a prepojením na program rozvoja obce. Keď výzva vyjde, nezačínate od nuly a máte čas venovať sa kvalite žiadosti.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "eu-1-q1",
                    "prompt": {
                        "sk": "Obec má pripravený projektový zámer na rekonštrukciu materskej školy a práve bola zverejnená vhodná výzva. Čo by mala urobiť ako prvé?"
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "sk": "Overiť vo výzve oprávnenosť žiadateľa, aktivít a výdavkov."
                            },
                            "feedback": {
                                "sk": "Správne. Podmienky oprávnenosti sú prvým filtrom – ak ich projekt nespĺňa, žiadosť neuspeje bez ohľadu na jej kvalitu."
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "sk": "Ihneď vyhlásiť verejné obstarávanie na zhotoviteľa stavby."
                            },
                            "feedback": {
                                "sk": "Nie ako prvý krok. Obstarávanie je možné začať aj pred podaním žiadosti, ale až keď viete, ktoré výdavky sú oprávnené a aké podmienky kladie výzva na obstarávanie. Inak riskujete, že ho budete musieť opakovať."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "sk": "Rozšíriť zámer o čo najviac aktivít, aby obec získala vyšší príspevok."
                            },
                            "feedback": {
                                "sk": "Nie. Pridávanie aktivít bez reálnej potreby zvyšuje riziko neoprávnených výdavkov a nesplnenia ukazovateľov. Rozsah projektu má vychádzať z potreby obce."
                            },
                        },
                    ],
                },
            ],
        },
        {
            "key": "eu-2",
            "slug": {"sk": "verejne-obstaravanie-v-projektoch"},
            "title": {"sk": "Verejné obstarávanie v projektoch financovaných z EÚ"},
            "section": {"sk": "Modul 2: Verejné obstarávanie"},
            "body": {
                "sk": [
                    ("heading", "Obstarávanie je najrizikovejšia časť projektu"),
                    (
                        "paragraph",
                        "<p>Obec ako verejný obstarávateľ postupuje podľa zákona č. 343/2015 Z. z. o verejnom obstarávaní a zároveň podľa pravidiel riadiaceho orgánu, na ktoré odkazuje zmluva o poskytnutí príspevku. Chyby v obstarávaní patria medzi časté dôvody, prečo poskytovateľ časť výdavkov neuzná a uplatní <b>finančnú opravu</b>.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Kontrola sa zameriava najmä na tieto zásady:</p><ul><li><b>správne určenie predpokladanej hodnoty zákazky</b> na základe zdokumentovaného prieskumu trhu;</li><li><b>zákaz delenia zákazky</b> s cieľom dostať sa pod finančný limit prísnejšieho postupu;</li><li><b>primerané podmienky účasti</b> a kritériá hodnotenia, ktoré neobmedzujú hospodársku súťaž;</li><li><b>predchádzanie konfliktu záujmov</b> – vyhlásenia členov komisie a osôb, ktoré pripravujú súťažné podklady.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Finančné limity jednotlivých postupov sa menia, preto ich vždy overte na webe Úradu pre verejné obstarávanie a v aktuálnej príručke riadiaceho orgánu. Zistite si tiež, v akej fáze a akým spôsobom predkladáte dokumentáciu z obstarávania na kontrolu poskytovateľovi – niektoré zákazky kontroluje ešte pred podpisom zmluvy s dodávateľom.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Pozor na dodatky k zmluve s dodávateľom",
                            "text": "<p>Dodatky k zmluve o dielo, ktoré menia rozsah alebo cenu, musia spĺňať podmienky zákona o verejnom obstarávaní pre zmenu zmluvy. Neprípustná zmena môže viesť k neuznaniu výdavkov, aj keď bola pôvodná súťaž bezchybná.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "eu-2-q1",
                    "prompt": {
                        "sk": "Ktoré z nasledujúcich postupov zvyšujú riziko finančnej opravy pri kontrole verejného obstarávania? Vyberte všetky správne odpovede."
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "sk": "Rozdelenie stavebných prác na niekoľko menších zákaziek, aby každá spadla pod nižší finančný limit."
                            },
                            "feedback": {
                                "sk": "Správne. Účelové delenie zákazky je zakázané a patrí medzi typické zistenia kontrol."
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "sk": "Požiadavka na referencie, ktoré dokáže splniť len jeden regionálny dodávateľ."
                            },
                            "feedback": {
                                "sk": "Správne. Neprimerané podmienky účasti obmedzujú hospodársku súťaž a sú dôvodom na finančnú opravu."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "sk": "Zdokumentovaný prieskum trhu pri určení predpokladanej hodnoty zákazky."
                            },
                            "feedback": {
                                "sk": "Nie. Zdokumentovaný prieskum trhu je naopak dobrá prax – dokladá, že predpokladaná hodnota zákazky bola určená správne."
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "sk": "Podpísané vyhlásenia členov komisie o neexistencii konfliktu záujmov."
                            },
                            "feedback": {
                                "sk": "Nie. Vyhlásenia sú jedným z nástrojov, ktorými obec konfliktu záujmov predchádza, riziko teda znižujú."
                            },
                        },
                    ],
                },
            ],
        },
        {
            "key": "eu-3",
            "slug": {"sk": "realizacia-a-monitorovanie"},
            "title": {"sk": "Realizácia a monitorovanie projektu"},
            "section": {"sk": "Modul 3: Realizácia"},
            "body": {
                "sk": [
                    ("heading", "Projekt riadi obec, nie dodávateľ"),
                    (
                        "paragraph",
                        "<p>Podpisom zmluvy o poskytnutí nenávratného finančného príspevku sa obec zaväzuje zrealizovať aktivity v dohodnutom rozsahu, čase a rozpočte. Určite <b>projektového manažéra</b> a <b>finančného manažéra</b> s jasnými kompetenciami a zabezpečte, aby mali prístup do monitorovacieho systému a poznali príručku pre prijímateľa.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Počas realizácie je potrebné najmä:</p><ul><li>priebežne predkladať <b>žiadosti o platbu</b> s účtovnými a podpornými dokladmi a dodržiavať lehoty;</li><li>viesť pre projekt oddelenú analytickú evidenciu v účtovníctve obce;</li><li>sledovať plnenie <b>merateľných ukazovateľov</b> a zbierať dôkazy o ich dosiahnutí (preberacie protokoly, fotodokumentácia, prezenčné listiny);</li><li>dodržiavať pravidlá <b>informovania a komunikácie</b> – napríklad označenie projektu a uvedenie podpory EÚ.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Ak sa ukáže, že harmonogram, rozpočet alebo ukazovatele nebude možné dodržať, oznámte to poskytovateľovi včas a požiadajte o zmenu zmluvy. Zmena, ktorú obec oznámi až dodatočne, keď už nastala, je pre ňu oveľa rizikovejšia.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Monitorovacie správy",
                            "text": "<p>Okrem žiadostí o platbu obec predkladá aj monitorovacie správy o pokroku projektu. Údaje v nich musia zodpovedať dokladom – kontrolór ich neskôr porovnáva.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "eu-3-q1",
                    "prompt": {
                        "sk": "Stavebné práce meškajú a je zrejmé, že termín ukončenia aktivít uvedený v zmluve o poskytnutí príspevku nebude dodržaný. Ako má obec postupovať?"
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "sk": "Čo najskôr informovať poskytovateľa a požiadať o zmenu zmluvy s odôvodnením."
                            },
                            "feedback": {
                                "sk": "Správne. Včasné oznámenie a žiadosť o zmenu sú štandardný postup a dávajú poskytovateľovi priestor zmenu posúdiť."
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "sk": "Počkať na záverečnú žiadosť o platbu a meškanie vysvetliť až v nej."
                            },
                            "feedback": {
                                "sk": "Nie. Výdavky vzniknuté po uplynutí obdobia realizácie nemusia byť oprávnené a neohlásená zmena môže byť porušením zmluvy."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "sk": "Predĺžiť termín v zmluve s dodávateľom; zmluvu s poskytovateľom netreba meniť."
                            },
                            "feedback": {
                                "sk": "Nie. Zmluva s dodávateľom a zmluva o poskytnutí príspevku sú samostatné; zmena jednej automaticky nemení druhú."
                            },
                        },
                    ],
                },
            ],
        },
        {
            "key": "eu-4",
            "slug": {"sk": "vyuctovanie-udrzatelnost-a-audity"},
            "title": {"sk": "Záverečné vyúčtovanie, udržateľnosť a audity"},
            "section": {"sk": "Modul 4: Ukončenie projektu"},
            "body": {
                "sk": [
                    ("heading", "Ukončením aktivít sa projekt nekončí"),
                    (
                        "paragraph",
                        "<p>Po ukončení realizácie obec predkladá <b>záverečnú žiadosť o platbu</b> a záverečnú monitorovaciu správu. Poskytovateľ overí, či boli aktivity zrealizované, či sú výdavky oprávnené a doložené a či boli dosiahnuté ukazovatele. Nesplnenie cieľovej hodnoty ukazovateľa môže viesť ku kráteniu príspevku, preto si dôkazy pripravte vopred.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nasleduje <b>obdobie udržateľnosti</b>, pri investíciách do infraštruktúry spravidla päť rokov od záverečnej platby; presnú dĺžku a podmienky stanovuje zmluva. V tomto čase obec:</p><ul><li>nesmie podstatne zmeniť účel, vlastníctvo ani charakter podporeného majetku;</li><li>predkladá následné monitorovacie správy;</li><li>uchováva celú dokumentáciu projektu počas lehoty určenej v zmluve.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Projekt môžu kontrolovať viaceré inštitúcie – poskytovateľ, orgán auditu, Najvyšší kontrolný úrad SR, Európska komisia či Európsky dvor audítorov. Kontrola môže prísť aj roky po ukončení projektu, preto je dôležitý prehľadne usporiadaný spis s dokumentáciou z obstarávania, účtovnými dokladmi a dôkazmi o výsledkoch.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Spis, ktorý obstojí aj po zmene vedenia",
                            "text": "<p>Personálne zmeny po komunálnych voľbách sú bežné. Usporiadajte dokumentáciu projektu tak, aby sa v nej vyznal aj nový zamestnanec – s obsahom, očíslovanými dokladmi a kontaktom na zodpovednú osobu.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "eu-4-q1",
                    "prompt": {
                        "sk": "Obec pred tromi rokmi zrekonštruovala z eurofondov kultúrny dom a teraz ho chce predať súkromnej firme. Čo musí zvážiť?"
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "sk": "Predaj v období udržateľnosti môže byť porušením zmluvy a viesť k vráteniu časti alebo celého príspevku."
                            },
                            "feedback": {
                                "sk": "Správne. Zmena vlastníctva podporeného majetku počas udržateľnosti je typickým porušením podmienok; pred akýmkoľvek krokom treba situáciu konzultovať s poskytovateľom."
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {"sk": "Nič, pretože projekt bol ukončený a vyúčtovaný."},
                            "feedback": {
                                "sk": "Nie. Povinnosti obce trvajú aj po záverečnej platbe – počas celého obdobia udržateľnosti."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "sk": "Stačí, ak nový vlastník ponechá na budove informačnú tabuľu o podpore EÚ."
                            },
                            "feedback": {
                                "sk": "Nie. Označenie projektu nestačí; rozhodujúce je zachovanie vlastníctva, účelu a charakteru podporeného majetku."
                            },
                        },
                    ],
                },
                {
                    "key": "eu-4-q2",
                    "prompt": {
                        "sk": "Ktoré dokumenty by mala obec uchovávať pre prípad neskoršieho auditu? Vyberte všetky správne odpovede."
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "sk": "Kompletnú dokumentáciu z verejného obstarávania vrátane prieskumu trhu."
                            },
                            "feedback": {
                                "sk": "Správne. Audítori často preverujú práve obstarávanie a bez úplnej dokumentácie obec nedokáže preukázať správny postup."
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "sk": "Účtovné doklady a dôkazy o dosiahnutí merateľných ukazovateľov."
                            },
                            "feedback": {
                                "sk": "Správne. Doklady preukazujú oprávnenosť výdavkov a dôkazy o ukazovateľoch to, že projekt splnil svoj cieľ."
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "sk": "Iba zmluvu o poskytnutí príspevku a záverečnú správu; ostatné doklady možno po záverečnej platbe skartovať."
                            },
                            "feedback": {
                                "sk": "Nie. Dokumentáciu treba uchovávať počas celej lehoty určenej v zmluve; predčasná skartácia môže viesť k neuznaniu výdavkov pri audite."
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
