"""Function words by language, for stop-word density (prose is full of them,
menus and link lists are not). Small lists of the most frequent words only."""

from __future__ import annotations

_WORDS = (
    # English
    "the a an and or but of to in on at for with by from as is are was were be been has have had it its "
    "this that these those he she they we you i his her their our not no so if than then there which who "
    "what when where will would can could should may might do does did about into after over also just "
    # German
    "der die das und oder aber ein eine einen dem den des zu im in ist sind war nicht mit von auf für sich "
    "auch es er sie wir ich als wie bei nach noch nur wird werden hat haben dass zum zur aus "
    # French
    "le la les un une et ou mais de du des à au aux en dans est sont était pas pour par sur avec que qui "
    "il elle ils nous vous ce cette ces se son sa ses leur plus ne "
    # Spanish / Portuguese / Italian
    "el los las y o pero del al es son fue no por para con que se su sus lo como más una uno "
    "o os as e um uma do da dos das em no na nos nas é são foi não com por para que se seu sua mais "
    "il lo gli i e di della del dei delle che è sono era non per con su si come più un una nel nella "
    # Dutch
    "het een en van de in is op te dat niet met voor zijn er maar ook als bij "
    # Indonesian / Malay
    "yang dan di ke dari ini itu dengan untuk pada adalah tidak akan juga dalam oleh atau karena "
    # Russian
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было "
    "вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь "
    "это этот для при также"
)
STOPWORDS: frozenset[str] = frozenset(_WORDS.split())

# Korean particles and endings that glue onto words in running text.
KOREAN_ENDINGS = ("은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과", "도", "다", "고", "며", "서")
