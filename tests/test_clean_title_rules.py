"""Which lines the title is chosen from, and the rules that move the choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitegen.clean import clean, not_headlines, rules, titles
from sitegen.clean.lines import Line, segment

PARAGRAPH = ("The committee met on Monday to discuss the new road tax, and after a long debate it voted "
             "to send the plan back to the council for a second reading next month.")


def candidate_texts(text: str) -> list[str]:
    lines = segment(text)
    return [lines[i].text for i in titles.headline_candidates(lines, (0, 0))]


def test_a_headline_over_the_lead_pictures_credit_may_be_the_title() -> None:
    got = candidate_texts("\n".join(["Guide to academic journal indexing: where and how to get indexed",
                                     "Image Credit: Pexels", PARAGRAPH]))
    assert "Guide to academic journal indexing: where and how to get indexed" in got


def test_a_caption_over_a_credit_is_no_headline() -> None:
    got = candidate_texts("\n".join(["City plans new road tax", "The mayor speaks to reporters on Monday.",
                                     "Photo: John Smith/AP", PARAGRAPH]))
    assert "The mayor speaks to reporters on Monday." not in got
    assert "City plans new road tax" in got


def test_a_standfirst_under_its_headline_gives_way_but_an_exclaiming_headline_stays() -> None:
    def moved(chosen: str) -> str:
        lines = segment("\n".join(["Bread machine recipes", chosen, PARAGRAPH]))
        return lines[[0, 1][titles._headline_over_standfirst(lines, [0, 1], [8.7, 9.0], 1)]].text

    assert moved("We tried every bread machine we could find this year.") == "Bread machine recipes"
    assert moved("Best Bread Machines – My Favorites!") == "Best Bread Machines – My Favorites!"


def test_a_headline_in_title_case_ending_in_a_full_stop_is_no_standfirst() -> None:
    def moved(chosen: str) -> str:
        lines = segment("\n".join(["AI in the News", "Jane Doe", chosen, PARAGRAPH]))
        return lines[[0, 2][titles._headline_over_standfirst(lines, [0, 2], [8.5, 9.7], 1)]].text

    assert moved("Who's Reading Your Newsletter? Increasingly, Not a Human.") \
        == "Who's Reading Your Newsletter? Increasingly, Not a Human."
    assert moved("An AI reads my email now, and I feel conflicted about what it means.") == "AI in the News"


def test_the_headline_over_a_list_is_chosen_over_the_lists_first_item() -> None:
    def chosen(items: list[str], scores: list[float]) -> str:
        lines = segment("\n".join(["Boys Swimming", "2018 Boys State Swim Results", *items, PARAGRAPH]))
        picks = list(range(len(items) + 2))
        return lines[picks[titles._headline_over_list(lines, picks, [2.0, 7.5, *scores], 2)]].text

    rows = ["Aidan Gantenbein 100 backstroke", "Miguel Bernal North Diving", "Ben Patton Trinity"]
    assert chosen(rows, [11.6, 10.9, 10.8]) == "2018 Boys State Swim Results"
    assert chosen(rows, [11.6, 10.9, 6.0]) == rows[0]  # the third line scores far lower: no list
    assert chosen(rows[:2], [11.6, 10.9]) == rows[0]  # two lines are no list
    copies = ["Houston's Hottest New Restaurants", "The Ultimate Hit List", "Houston's Hottest New Restaurants"]
    assert chosen(copies, [12.7, 12.0, 12.6]) == copies[0]  # a headline repeated under its kicker is no list


def test_an_instruction_to_click_or_press_is_no_headline() -> None:
    for prompt in ("Press enter or click to view image in full size", "Click here to read the full review",
                   "Tap the photo to see it larger"):
        got = candidate_texts("\n".join(["Startup lessons learned from my failed startup", prompt, PARAGRAPH]))
        assert prompt not in got, prompt
        assert "Startup lessons learned from my failed startup" in got
    for headline in ("Press Freedom Day Brings Calls to Protect Reporters", "Clicking Through the Years"):
        assert headline in candidate_texts("\n".join([headline, PARAGRAPH])), headline


def test_the_entries_of_a_table_of_contents_are_no_headlines() -> None:
    sections = ["Top Picks", "How We Tested Gooseneck Kettles", "What to Look For"]
    page = ["The 5 Best Gooseneck Kettles for Coffee Lovers", "In This Article", *sections, PARAGRAPH]
    for heading in sections:
        page += [heading, PARAGRAPH]
    lines = segment("\n".join(page))
    got = titles.headline_candidates(lines, (0, 0))
    assert 0 in got and not {2, 3, 4} & set(got)  # the copies in the text stay: section headings
    assert {6, 8, 10} <= set(got)
    # a header block repeated whole (a sticky header) comes back with its lines together: no contents
    header = ["Do I Need Travel Insurance?", "Jane Doe", "March 17, 2025"]
    assert "Do I Need Travel Insurance?" in candidate_texts("\n".join([*header, PARAGRAPH, *header, PARAGRAPH]))


def test_a_label_that_leaves_words_out_of_the_headline_under_it_is_no_earlier_headline() -> None:
    def chosen(above: str, headline: str) -> str:
        lines = segment("\n".join([above, headline, PARAGRAPH]))
        return lines[[0, 1][titles._earlier_headline(lines, [0, 1], [10.4, 10.8], 1)]].text

    full = "DIY Solar Panel Installation: Step by Step Guide"
    assert chosen("DIY Solar Installation: Step by Step Guide", full) == full
    assert chosen("Weekend Coding Agent", "PROJECT: Weekend Coding Agent") == "Weekend Coding Agent"
    assert chosen("DIY Solar Panel Installation Guide", "Solar Panel Installation Guide for Beginners") \
        == "DIY Solar Panel Installation Guide"  # a word of its own: the headline, repeated lower down as a heading


def test_the_punctuated_twin_of_the_chosen_line_is_the_headline() -> None:
    def chosen(first: str, second: str) -> str:
        lines = segment("\n".join([first, second, PARAGRAPH]))
        return lines[[0, 1][titles._punctuated_twin(lines, [0, 1], 0)]].text

    headline = "Puppy Behavior and Training: Training Basics"
    assert chosen("Puppy Behavior And Training Training Basics", headline) == headline
    assert chosen(headline, "Puppy Behavior And Training Training Basics") == headline  # already the headline
    case = "How To Replace Brake Pads – From an ASE-Certified Mechanic"
    assert chosen(case, case.lower()) == case  # the same marks: the choice stays
    assert chosen("Puppy Training Basics", headline) == "Puppy Training Basics"  # other words


def test_a_row_of_figures_is_no_headline() -> None:
    got = candidate_texts("\n".join(["The Best Electric Scooters for Commuting in 2025",
                                     "46.3 lbs 38.8 lbs 36.8 lbs 48.5 lbs 55 lbs", "35 Austin Theriault 17 0 0 0 0",
                                     "Opening Bell 11.18.19", "2018 Lexus ES 350", PARAGRAPH]))
    assert got == ["The Best Electric Scooters for Commuting in 2025", "Opening Bell 11.18.19", "2018 Lexus ES 350",
                   PARAGRAPH]


def test_a_pipe_sets_off_a_shorter_suffix_from_the_title() -> None:
    def shown(first: str) -> str:
        lines = segment(f"{first}\n\n{PARAGRAPH}")
        return titles.title_text(lines, lines[0])

    assert shown("Best Residential Movers in NYC 2025 | Top 19 Companies") == "Best Residential Movers in NYC 2025"
    assert shown("Car Maintenance Checklist | Bridgestone Tires") == "Car Maintenance Checklist"
    assert shown("Review | The Crown, season 4") == "Review | The Crown, season 4"  # a label over the title
    assert shown("Road tax plan – City News") == "Road tax plan – City News"  # a dash may be part of the title
    long_suffix = "Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS"
    assert shown(long_suffix) == long_suffix


def test_a_site_name_after_other_separators_is_dropped_when_the_bare_title_is_a_line() -> None:
    def shown(first: str) -> str:
        lines = segment(f"{first}\n\nSeeking a bigger role for a big rocket\n\n{PARAGRAPH}")
        return titles.title_text(lines, lines[0])

    bare = "Seeking a bigger role for a big rocket"
    for sep in (" :: ", " · ", " » ", " • ", " ~ "):
        assert shown(f"{bare}{sep}Space Review") == bare
    dashed = "Die elektronische Patientenakte (ePA) – der lange Marsch"  # the last separator sets off the name
    lines = segment(f"{dashed} · Blog\n\n{dashed}\n\n{PARAGRAPH}")
    assert titles.title_text(lines, lines[0]) == dashed
    alone = segment(f"Seeking a bigger role :: Space Review\n\n{PARAGRAPH}")  # no bare title: kept whole
    assert titles.title_text(alone, alone[0]) == "Seeking a bigger role :: Space Review"


def test_the_bare_title_under_a_title_with_the_sites_name_is_the_headline() -> None:
    lines = segment("\n".join(["Seeking a bigger role for a big rocket :: Thespacereview", "Menu", "",
                                "Seeking a bigger role for a big rocket", "by Jeff Foust", PARAGRAPH]))
    assert titles._headline_under_site_line(lines, lines[0]) is lines[2]
    assert titles._headline_under_site_line(lines, lines[2]) is None  # no site's name
    short = segment("Big rocket :: Thespacereview\nBig rocket\n" + PARAGRAPH)  # a label's length
    assert titles._headline_under_site_line(short, short[0]) is None


def test_a_title_of_several_pipes_stays_whole() -> None:
    lines = segment(f"News | Road tax plan passes | City\n\n{PARAGRAPH}")
    assert titles.title_text(lines, lines[0]) == "News | Road tax plan passes | City"


def _moved(texts: list[str], scores: list[float], rule: object) -> str:
    """The line a rule moves the choice to, the last line chosen with `scores`."""
    lines = segment("\n".join(texts))
    candidates = list(range(len(lines)))
    return lines[rule(lines, candidates, scores, len(lines) - 1)].text  # type: ignore[operator]


def test_a_line_in_sentence_case_under_a_headline_is_its_standfirst() -> None:
    over = titles._headline_over_sentence_case
    assert _moved(["Menu", "Your Car Maintenance Checklist", "A guide to common services and their price ranges"],
                  [0.0, 8.2, 8.7], over) == "Your Car Maintenance Checklist"
    assert _moved(["Join Now Upgrade Donate", "Your Car Maintenance Checklist",  # buttons over it, no list
                   "A guide to common services and their price ranges"], [5.0, 8.2, 8.7], over) \
        == "Your Car Maintenance Checklist"
    assert _moved(["Review", "Five of the best science fiction books of 2025",
                   "This article is more than three months old"], [0.0, 9.4, 11.4], over) \
        == "Five of the best science fiction books of 2025"


def test_a_headline_in_sentence_case_stays_under_a_kicker_a_menu_or_a_list() -> None:
    over = titles._headline_over_sentence_case
    chosen = "How to help babies and toddlers sleep through the night"
    assert _moved(["Menu", "Helping children sleep", chosen], [0.0, 8.0, 8.5], over) == chosen  # a short kicker
    assert _moved(["Menu", "home newsletter blog github bluesky", chosen], [0.0, 8.0, 8.5], over) == chosen
    assert _moved(["Menu", "Your Car Maintenance Checklist", chosen], [0.0, 5.0, 8.5], over) == chosen  # too far
    assert _moved(["What to look for in CRM software", "My top picks for the year", chosen],
                  [6.5, 8.0, 8.5], over) == chosen  # items of a table of contents
    title_case = "How To Help Babies Sleep Through The Night"
    assert _moved(["Menu", "Your Car Maintenance Checklist", title_case], [0.0, 8.0, 8.5], over) == title_case


def test_a_short_headline_in_title_case_over_a_line_in_sentence_case_is_the_title_unless_in_a_menu() -> None:
    over = titles._headline_over_sentence_case
    chosen = "What this handout is about"
    assert _moved(["SEARCH", "Book Reviews", chosen], [0.0, 9.0, 9.7], over) == "Book Reviews"
    assert _moved(["Back to Blogs", "HR & Payroll Services", chosen], [0.0, 9.0, 9.7], over) == chosen  # menu items
    assert _moved(["SEARCH", "Book reviews", chosen], [0.0, 9.0, 9.7], over) == chosen  # a kicker in sentence case
    assert _moved(["SEARCH", "Reviews", chosen], [0.0, 9.0, 9.7], over) == chosen  # one word: a section's name


def test_a_headline_in_title_case_is_no_standfirst_of_a_line_in_sentence_case() -> None:
    chosen = "Money Management for Millennials: Simple Steps for Creating Long-Term Wealth"
    assert _moved(["How to manage money wisely if you are a millennial", chosen], [10.7, 11.6],
                  titles._headline_over_standfirst) == chosen
    assert _moved(["Tax 101: Understanding the Basics", "A guide to the taxes Americans pay, and why they matter"],
                  [6.1, 7.0], titles._headline_over_standfirst) == "Tax 101: Understanding the Basics"


def test_a_tickers_dated_items_are_no_headlines() -> None:
    got = candidate_texts("\n".join(["[ December 8, 2025 ] Top 10 Best Hotels for Viewing the Northern Lights",
                                     "[2025] Massive List of Free Certificates and Badges",
                                     "[The Palace] The Beauty of Korea Revealed", PARAGRAPH]))
    assert got == ["[2025] Massive List of Free Certificates and Badges",  # a year alone is part of a headline
                   "[The Palace] The Beauty of Korea Revealed", PARAGRAPH]


def test_a_headline_cut_short_below_gives_way_to_the_whole_headline() -> None:
    earlier = titles._earlier_headline
    whole = "Top 11 Gaming Console Companies Driving Innovation Globally"
    assert _moved([whole, "By Jane Doe", "Top 11 Gaming Console Companies"], [9.8, 0.0, 11.2], earlier) == whole
    assert _moved([whole, "By Jane Doe", "Top 11 Gaming Console Companies"], [7.0, 0.0, 11.2], earlier) \
        == "Top 11 Gaming Console Companies"  # too far below
    page_title = "How to help babies sleep | Patient Education | Children's Hospital"
    assert _moved([page_title, "How to help babies sleep"], [9.8, 11.2], earlier) == "How to help babies sleep"


def test_a_question_over_a_line_on_its_subject_is_the_headline() -> None:
    ask = titles._question_over_subject
    assert _moved(["What is Mesh WiFi?", "A Guide to Whole Home Mesh WiFi in 2021"], [10.1, 10.9], ask) \
        == "What is Mesh WiFi?"
    guide = "A Guide to Whole Home Mesh WiFi in 2021"
    assert _moved(["Where should I travel next?", guide], [10.1, 10.9], ask) == guide  # another subject
    assert _moved(["What is Mesh WiFi?", guide], [8.0, 10.9], ask) == guide  # scores far lower
    whole = "What is an Online Course? Definition Explained"
    assert _moved(["What is an online course?", whole], [10.1, 10.9], ask) == whole  # the chosen line goes on from it


def test_a_schedules_entries_are_no_headlines() -> None:
    got = candidate_texts("\n".join(["Yoga: Body, Breath, & Mind Series", "September 10 12pm- 1pm Room 217 Jane Doe",
                                     "Monday 5:30PM", "Oct. 8, 10:30 a.m. Campus Center", "May 10 Things to Do Today",
                                     PARAGRAPH]))
    assert got == ["Yoga: Body, Breath, & Mind Series", "May 10 Things to Do Today", PARAGRAPH]


def _never_chosen(rule: Callable[[Line], bool], headline: str, matched: Sequence[str], others: Sequence[str]) -> None:
    """`rule` knows each of `matched` and none of `others`; right over the
    text, a matched line would outscore `headline` over the menu, yet the
    headline is chosen."""
    for text in matched:
        assert rule(segment(text)[0]), text
        got = clean("\n".join([headline, "Menu", "About us", text, PARAGRAPH, PARAGRAPH, PARAGRAPH])).title
        assert got == headline, text
    for text in others:
        assert not rule(segment(text)[0]), text


def test_a_search_boxs_or_a_links_prompt_is_no_headline() -> None:
    _never_chosen(not_headlines._prompt, "The Top 25 Data Management Companies of 2025",
                  ["Search The Software Report", "Search for articles and insights about software",
                   "Search our blog", "search all recipes", "Learn about Serious Eats' Editorial Process",
                   "Read more about our editors", "Access our 14 day free-trial (no cc required) to see if it fits",
                   "Get A Quote", "Book a demo", "View All Recipe Collections", "See more", "Get started for free",
                   "Try it for free →", "Sign up now!", "Start today"],
                  ["Search for the missing hiker is called off", "Search Engine Optimization for Beginners",
                   "Searching for the Perfect Espresso", "Learning About Bread From My Grandmother",
                   "The Best VPN Free Trials in 2025", "Getting a Quote for Your Move: What to Expect",
                   "Seeing Allergies Differently", "See All the Winners From the Oscars Night",
                   "Get Started with Python in 10 Minutes", "Start Now or Wait? When to Buy a House",
                   "Try It Free Before You Buy: Trial Periods Explained", "Get started", "Join"])


def test_a_line_of_a_diagram_drawn_in_text_is_no_headline() -> None:
    headline = "Hyper-Local Binding Agent Optimization via Data Fusion"
    _never_chosen(not_headlines._drawing, headline,
                  ["│ ├─ ③-3 Novelty & Originality Analysis │", "└── Semantic Decomposition Module (Parser)"],
                  [headline, "Pipes | and - dashes — are | no drawing"])


def test_a_row_of_counters_is_no_headline() -> None:
    _never_chosen(not_headlines._counter_row, "How We Found a Flaw in Hundreds of Build Pipelines",
                  ["Code Revisions 4 Stars 107 Forks 9", "Views 1.2k Likes 30 Shares 4"],
                  ["Lakers 110 Celtics 102 in Game 7", "Top 10 Best Rated Coding Bootcamps in 2025",
                   "Stars 107 Forks 9"])


def test_a_menus_row_read_as_one_line_is_no_headline() -> None:
    _never_chosen(not_headlines._menu_row, "Best Cloud Computing Stocks of 2025",
                  ["All ServicesStock AdvisorEpicEpic PlusFool PortfoliosFool OneAll Podcasts",
                   "Latest Video Random Video All Videos Browse Videos by Topic Live Presentations",
                   "Posts Music Watching Reading Links Search", "Jeff Kaufman Posts RSS ◂◂RSS Contact"],
                  ["Home Gym Ideas on a Budget: Home Gym Equipment & Tips", "Why JavaScript Beats TypeScript",
                   "39 Best Electrician Tools for Your Tool Belt & Your Business in 2025",
                   "Rosetta Stone vs Babbel vs Duolingo", "Aspire Legal Search Group", "Why I Stopped Using Search",
                   "Apple Unveils New Search", "Apple Fans Line Up as Apple Opens New Apple Store in Paris Today"])


def test_a_row_of_tags_is_no_headline() -> None:
    _never_chosen(not_headlines._tag_row, "A brief intro to git", ["#development #git", "#AI #data-science"],
                  ["#1 Tip for Better Sleep", "A brief intro to git"])


def test_a_label_with_its_count_of_posts_is_no_headline() -> None:
    _never_chosen(not_headlines._counted_label, "How to Choose a Tool",
                  ["privacy (62)", "DIY (Do it yourself) (4)", "March 2024 (5)"],
                  ["Best Laptops for Students (2025)", "A Treatise on Coffee (1792)", "Why We Moved (Part 2"])


def test_a_postal_address_is_no_headline() -> None:
    _never_chosen(not_headlines._postal_address, "Best Practices for Vehicle Rentals",
                  ["Hunt Valley, MD 21031", "St. Thomas, ON N5P 1B9",
                   "Visit us at 8410 W Broad Street, Richmond, VA 23294", "11311 McCormick Rd., Suite 500"],
                  ["Why Baltimore, MD Is Booming", "Top 10 Things to Do in Richmond, VA in 2025",
                   "10 Main Street Shops We Love", "221B Baker Street Revisited"])


def test_an_item_of_a_numbered_list_is_no_headline() -> None:
    lines = segment("\n".join(["1. Connected Fitness Technology", "Top Fitness Equipment Trends for 2025",
                                "2. Smart Strength Machines", "1) Budget", "10 Fitness Trends to Watch",
                                "3.5 Reasons to Run", "1. FC Köln wins the derby", PARAGRAPH]))
    assert [not_headlines._numbered_item(lines, ln) for ln in lines] == [True] + [False] * 7


def test_the_name_under_a_byline_lead_in_is_no_headline() -> None:
    text = "\n".join(["4 Things to Do in October", "Author:", "Practical Horseman Editorial Staff", "Oct 4, 2018",
                      PARAGRAPH, PARAGRAPH])
    lines = segment(text)
    assert not_headlines.passed_over(lines, 2) and not not_headlines.passed_over(lines, 0)


def test_a_headline_said_twice_line_after_line_is_chosen_over_a_label_beside_it() -> None:
    lines = segment("\n".join(["Natural Resources & Environment", "Climate Change", "Climate Change", PARAGRAPH]))
    assert titles._twinned_headline(lines, [0, 1, 2], [8.8, 8.0, 7.7], 0) == 1
    assert titles._twinned_headline(lines, [0, 1, 2], [12.0, 8.0, 7.7], 0) == 0  # scores far below
    named = segment("\n".join(["How to Start a Vegetable Garden", "Mary Marlowe", "Mary Marlowe", PARAGRAPH]))
    assert titles._twinned_headline(named, [0, 1, 2], [9.0, 8.0, 7.7], 0) == 0  # an author's picture and name


def test_a_caption_with_its_credit_is_no_headline() -> None:
    _never_chosen(not_headlines._credited_caption, "The Resy Guide to the City's Michelin Winners",
                  ["Yamada earned its first Michelin star this year. Photo by Ben Hon for Resy",
                   "The chef at work. (Photo: Jane Doe)"],
                  ["Photo by Photo: How to Shoot a Wedding", "A Photographer's Year. The Best Pictures"])
    _never_chosen(not_headlines._credited_caption, "The Last Lighthouse Keepers",
                  ["Keepers hauled supplies up the cliff by hand until 1986. Mats Berg for The Longform Review",
                   "The lighthouse at dawn, seen from the harbour. (Mats Berg/The Longform Review)"],
                  ["Credit Unions Raise Rates Again: What It Means for Savers"])


def test_a_headline_opening_with_read_more_or_back_or_ending_in_a_month_like_word_stays_whole() -> None:
    lines = segment("\n".join(["Back To Top", "Back To School: Ten Tips For A Calm First Week", "Back To Top",
                               "Back Pain Causes", "Back Pain Relief That Works", PARAGRAPH]))
    assert not not_headlines.passed_over(lines, 1) and not not_headlines.passed_over(lines, 4)
    assert not titles._not_a_headline(segment("Read More Books In 2020 With These Seven Simple Habits"), 0)
    for text in ("Kentucky governor race live results - Decision 2019",
                 "NASA picks landing site for its next rover - Mars 2020"):
        assert titles._without_date_suffix(text) == text
    assert titles._without_date_suffix("Porting a parser to Zig / Dec 2025") == "Porting a parser to Zig"


def test_a_note_on_the_story_set_over_it_is_no_headline() -> None:
    _never_chosen(not_headlines._note, "Utility to close coal plant on the bay five years early",
                  ["Correction: An earlier version of this story misstated the year the plant opened.",
                   "Editor's note: This story has been updated.",
                   "An earlier version of this story misstated the year the plant opened. It opened in 1974, not "
                   "in 1971 as we said."],
                  ["South Dakota doubles down on 'Meth. We're on it.' They just might be.",
                   "Fed holds rates steady as inflation cools. What it means for you",
                   "Correctional officers to get a raise next year, state says.",
                   "U.S. regulators approve the first new nuclear reactor design in decades, clearing the way for "
                   "smaller plants.",
                   "Dr. Anthony Fauci says the country must prepare for a long fight against the virus this winter, "
                   "officials say."])


def test_a_recipes_ingredient_is_no_headline() -> None:
    """An ingredient among others: alone, an amount and its unit may open a headline."""
    ingredients = ["4 cups plus 3 tablespoons (500g) King Arthur Unbleached Bread Flour", "½ tsp salt",
                   "2 cloves garlic"]
    for text in ingredients:
        assert not_headlines._ingredient(segment(text)[0]), text
    for text in ["5 Cups of Coffee That Changed My Life", "3 Grammy Winners to Watch", "10 Tips for Better Bread"]:
        assert not not_headlines._ingredient(segment(text)[0]), text
    page = ["Easy Everyday Sourdough Bread", "Menu", "About us", *ingredients, PARAGRAPH, PARAGRAPH, PARAGRAPH]
    assert clean("\n".join(page)).title == "Easy Everyday Sourdough Bread"
    lines = segment("\n".join(["3 cups a day cuts the risk of heart disease", PARAGRAPH]))
    assert not_headlines._ingredient(lines[0]) and not not_headlines.passed_over(lines, 0)


def test_a_credit_naming_its_maker_is_no_headline() -> None:
    _never_chosen(not_headlines._named_by, "Easy Everyday Sourdough Bread",
                  ["Recipe by PJ Hamel", "Photos by Jane Doe", "By Jane Doe"],
                  ["Stand by Me", "Killed by Police Officers", "Step by Step Guide to Bread",
                   "Endorsed by Taylor Swift", "Inspired by Elon Musk"])


def test_a_rating_is_no_headline() -> None:
    _never_chosen(not_headlines._rating, "Easy Everyday Sourdough Bread",
                  ["67 Reviews 4.7 out of 5 stars", "Rated 4.5/5 stars"],
                  ["5 Stars Who Started Out as Bakers", "The 10 Best Rated Bread Machines",
                   "Why This Little Diner Gets 5 out of 5 Stars", "Why 4 out of 5 Dentists Agree",
                   "100 Reviews Later, What I Learned"])


def test_a_time_ago_or_a_reading_time_is_no_headline() -> None:
    _never_chosen(not_headlines._time_note, "What 001 Is About",
                  ["2 days ago", "6 min read", "Reading time: 8 minutes", "Published 3 hours ago"],
                  ["The 5 Minute Read That Changed My Mind", "Ten Years Ago Today: The Launch",
                   "Reading Time Matters"])


def test_a_row_of_names_set_off_by_commas_is_no_headline() -> None:
    _never_chosen(not_headlines._name_list, "U.S. in Progress 2025: Poland to Park City",
                  ["Mackenzie, Mother Wolf, Night Nurse, Pocket Dream, Ruby Road, Take Me Home"],
                  ["Mobile App: Definition, Types, Examples, Development, And Cost",
                   "Eggs, Milk, Bread: What to Buy Now", "Sun, Sand, Surf and Sea",
                   "Eggs, Milk, Bread, Butter, Cheese Prices Soar"])


def test_an_entry_of_a_list_of_posts_opening_with_its_date_is_no_headline() -> None:
    _never_chosen(not_headlines._dated_entry, "How to Choose a Tool",
                  ["2023-06-12 Further arguments for raising awareness on issues of privacy", "12/06/2023 Notes"],
                  ["2023 Was the Year of the Tool", "10 Tools for 2024"])


def test_a_blogs_name_is_no_headline() -> None:
    _never_chosen(titles._blog_name, "Small adventures with small language models",
                  ["Engora Data Blog", "Colin Watson's blog", "The Company Blog"],
                  ["Why I Started a Blog in 2025", "How to Grow Your Blog Audience Fast", "Blogging Tips",
                   "Start a Blog"])


def test_a_blogs_name_stays_when_nothing_else_reads_as_a_headline() -> None:
    lines = segment("\n".join(["Colin Watson's blog", "Setup", PARAGRAPH]))
    assert titles._without_blog_names(lines, [0, 1], [7.5, -1.0]) == ([0, 1], [7.5, -1.0])
    assert titles._without_blog_names(lines, [0, 1], [7.5, 2.0]) == ([1], [2.0])


def test_a_link_to_a_legal_page_is_no_headline() -> None:
    _never_chosen(not_headlines._legal_link, "Home Depot sales miss, shares plunge",
                  ["Closed Captioning Policy", "Privacy Policy", "Terms of Use", "Terms & Conditions"],
                  ["Why the Fed Changed Its Policy on Rates", "Policy Makers Meet in Davos",
                   "Biden's New Climate Policy"])


def test_a_clips_title_under_its_players_label_is_no_headline() -> None:
    text = "\n".join(["Home Depot sales miss, shares plunge", "video", "Ken Langone is proud of Home Depot employees",
                      PARAGRAPH])
    lines = segment(text)
    assert not_headlines.passed_over(lines, 2) and not not_headlines.passed_over(lines, 0)
    lines = segment("\n".join(["Video", "Ken Langone is proud of Home Depot employees"]))
    assert not not_headlines.passed_over(lines, 1)


def test_the_headline_a_breadcrumb_near_it_ends_with_is_chosen() -> None:
    lines = segment("\n".join(["End-User Computing", "Unified Communications", "Are you attending the top conferences?",
                               "Home » Are you attending the top conferences?", PARAGRAPH]))
    assert titles._breadcrumbs_end(lines, [0, 1, 2], [7.9, 4.0, 6.4], 0) == 2
    assert titles._breadcrumbs_end(lines, [0, 1, 2], [9.9, 4.0, 6.4], 0) == 0  # scores far below
    crumbs = segment("\n".join(["Best Machine Learning Platforms", "Home » ML Tools", "ML Tools", PARAGRAPH]))
    assert titles._breadcrumbs_end(crumbs, [0, 2], [9.0, 8.5], 0) == 0  # a section's label of two words


def test_rows_of_a_menu_near_each_other_are_no_headlines() -> None:
    lines = segment("\n".join([
        "Overview Planting Calendar Frost Dates Garden Planner and Layouts Growing Guides Plant Problems",
        "Overview Long-Range Weather Seasonal Outlook Weather History Weather Maps Hurricane Tracker Radar",
        "How We Keep Pests Out of the Garden (Naturally!)",
        "The Ten Best Free Online Data Science Courses From Top Universities Around The World", PARAGRAPH]))
    assert [not_headlines._among_menu_rows(lines, i) for i in range(len(lines))] == [True, True, False, False, False]


def test_a_label_and_its_figure_is_no_headline() -> None:
    """A figure set off by a colon, or one row of several ("Sound 8.5" / "Fit 7.5"), or a table's row."""
    _never_chosen(not_headlines._labelled_figure, "Best budget wireless earbuds below $50",
                  ["Price: 34,95", "Battery life: 7.5"],
                  ["iOS 17 Is Here", "Windows 11", "Top 10 Earbuds of 2025", "Python 3.12 Released Today",
                   "Bitcoin tops 100,000"])
    page = ["Sound 8.5", "Fit 7.5", PARAGRAPH, "Python 3.13", PARAGRAPH, "Microphone\t7", PARAGRAPH]
    lines = segment("\n".join(page))
    passed = [not_headlines.passed_over(lines, i) for i in range(len(lines))]
    assert passed == ["labelled_figure_rows", "labelled_figure_rows", "", "", "", "table_row", ""]


def test_passed_over_names_the_rule_that_fired() -> None:
    """Each rule of `passed_over` has a name of its own, and it says which one knew the line."""
    names = [name for name, _, _ in not_headlines._ALONE_RULES + not_headlines._FIGURE_RULES]
    assert len(set(names)) == len(names) and all(names)
    page = ["Author:", "Jane Doe", "Search our blog", "privacy (62)", "video", "A clip about bread",
            "Hunt Valley, MD 21031", "Price: 34,95", "4 cups flour", "1 tsp salt", "1. First item", "2. Second item",
            "Easy Everyday Sourdough Bread", PARAGRAPH]
    lines = segment("\n".join(page))
    assert [not_headlines.passed_over(lines, i) for i in range(len(lines))] == [
        "", "name_under_byline_lead", "prompt", "counted_label", "", "clip_title", "postal_address",
        "labelled_figure", "ingredient_rows", "ingredient_rows", "numbered_item", "", "", ""]


def test_a_heading_inside_the_text_gives_way_to_the_headline_over_the_text() -> None:
    lines = segment("\n".join(["Nutritional Myths Debunked", "Posted on November 25, 2024", PARAGRAPH,
                               "Myth: Skipping Meals Leads to Weight Loss", PARAGRAPH]))
    assert titles._headline_before_text(lines, [0, 3], [6.7, 7.7], 1, (2, 5)) == 0
    assert titles._headline_before_text(lines, [0, 3], [5.0, 7.7], 1, (2, 5)) == 1  # scores far below
    assert titles._headline_before_text(lines, [0, 3], [6.7, 7.7], 1, (3, 5)) == 1  # the text starts with it


def test_the_story_after_a_list_of_teasers_is_the_headline() -> None:
    lines = segment("\n".join([
        "Recent from Adam Clark Estes", "Judge Blocks Trump Administration From Allowing 3D-Printed Guns",
        "Adam Clark Estes 11/13/19", "Allow Me to Criticize the AirPods Pro, Which I Love", "Adam Clark Estes 11/13/19",
        "A Brief Explanation of Facebook's Scary New iPhone Bug", "Adam Clark Estes 11/12/19", "APPLE",
        "The Future of Apple Innovation Is Backwards", "Adam Clark Estes", PARAGRAPH]))
    candidates = [1, 3, 5, 8]
    assert titles._headline_after_teasers(lines, candidates, [8.6, 8.8, 10.2, 9.9], 2) == 3
    assert titles._headline_after_teasers(lines, candidates, [8.6, 8.8, 10.2, 9.0], 2) == 2  # scores far below
    assert titles._headline_after_teasers(lines, candidates, [5.0, 8.8, 10.2, 9.9], 2) == 2  # one teaser only


def test_the_story_set_apart_under_a_most_read_list_is_the_headline() -> None:
    page = ["Most read", "Cleaning Services Costs In The City Of San Diego", "Best Bread Machines: My Favorites!",
            "How to Find the Right Software Business For Sale", "Making agentic government work", "",
            "Republicans Are Following Trump to Nowhere", "By Jamelle Bouie", PARAGRAPH]
    lines = segment("\n".join(page))
    candidates = [1, 2, 3, 4, 5]
    assert titles._headline_after_teaser_list(lines, candidates, [3.4, 3.4, 3.5, 7.2, 7.4], 3) == 4
    assert titles._headline_after_teaser_list(lines, candidates, [3.4, 3.4, 3.5, 7.2, 2.4], 3) == 3  # far below
    unheaded = segment("\n".join(["Opinion", *page[1:]]))  # no teaser header over the list
    assert titles._headline_after_teaser_list(unheaded, candidates, [3.4, 3.4, 3.5, 7.2, 7.4], 3) == 3
    close = segment("\n".join(page[:5] + page[6:]))  # no blank line: the line goes on with the list
    assert titles._headline_after_teaser_list(close, candidates, [3.4, 3.4, 3.5, 7.2, 7.4], 3) == 3
    short = segment("\n".join(page[:1] + page[3:]))  # two items: no list
    assert titles._headline_after_teaser_list(short, [1, 2, 3], [3.5, 7.2, 7.4], 1) == 1
    asked = segment("\n".join(["Trending", "n8n: A Guide to Workflow Automation", *page[2:5], "",
                                "Is Football Violence a Crime?", "By Randy Maniloff", PARAGRAPH]))
    assert titles._headline_after_teaser_list(asked, candidates, [3.4, 3.4, 3.5, 7.2, 6.4], 3) == 4
    stated = segment("\n".join([*page[:6], "South Dakota doubles down on a slogan. They just might be.", PARAGRAPH]))
    assert titles._headline_after_teaser_list(stated, candidates, [3.4, 3.4, 3.5, 7.2, 11.3], 3) == 4
    assert titles._headline_after_teaser_list(stated, candidates, [3.4, 3.4, 3.5, 7.2, 6.4], 3) == 3  # a sentence


def test_a_list_of_teasers_under_a_label_no_vocabulary_knows_is_passed_over() -> None:
    items = ["Cleaning Services Costs In The City Of San Diego", "Best Bread Machines: My Favorites!",
             "How to Find the Right Software Business For Sale", "Making agentic government work",
             "Five of the best science fiction books of 2025"]
    page = ["Local News", "What's hot", *items, "", "Republicans Are Following Trump to Nowhere",
            "By Jamelle Bouie", PARAGRAPH]
    lines = segment("\n".join(page))
    candidates = [2, 3, 4, 5, 6, 8]
    scores = [3.4, 3.4, 3.5, 3.3, 7.2, 7.4]
    assert titles._teaser_list(lines, 6) == (2, 6)
    assert titles._headline_after_teaser_list(lines, candidates, scores, 4) == 5
    four = segment("\n".join([*page[:2], *items[:4], *page[7:]]))  # four lines under a label: a kicker's story, maybe
    assert titles._headline_after_teaser_list(four, candidates[:4] + [7], [3.4, 3.4, 3.5, 7.2, 7.4], 3) == 3
    dated = segment("\n".join([*page[:2], *items[:4], "November 19, 2019", *page[7:]]))  # a date: no teaser
    assert titles._teaser_list(dated, 3) is None
    said = segment("\n".join(["Local News", "This is what we think.", *items, *page[7:]]))  # a sentence: no label
    assert titles._teaser_list(said, 3) is None


def test_a_headline_set_apart_under_a_most_read_list_is_chosen_over_a_line_near_it() -> None:
    page = ["\"$53 million a week is coming across the border in drugs.\"", "", "Trending",
            "Green Gifts for Gardeners", "Beginner's guide to different camera types",
            "5 Platforms to Find a Financial Planning Business for Sale", "",
            "What is the value of drugs that come to the U.S. border?", "By Matthew Digby", PARAGRAPH]
    lines = segment("\n".join(page))
    candidates = [0, 2, 3, 4, 5]
    assert titles._headline_under_teaser_list(lines, candidates, [8.6, 3.7, 3.1, 2.9, 6.6], 0) == 4
    assert titles._headline_under_teaser_list(lines, candidates, [8.6, 3.7, 3.1, 2.9, 5.6], 0) == 0  # far below
    close = segment("\n".join(page[:6] + page[7:]))  # no blank line: the last item of the list
    assert titles._headline_under_teaser_list(close, candidates, [8.6, 3.7, 3.1, 2.9, 6.6], 0) == 0
    unheaded = segment("\n".join([*page[:2], "Opinion", *page[3:]]))  # no teaser header over the list
    assert titles._headline_under_teaser_list(unheaded, candidates, [8.6, 3.7, 3.1, 2.9, 6.6], 0) == 0


def test_the_breadcrumb_separators_read_for_a_headline_are_the_rules_ones() -> None:
    assert set(titles._TRAIL_MARK.pattern.strip("[]")) == set(rules.TRAIL_SEPARATORS)


def test_rivals_are_the_candidates_near_the_chosen_line_that_score_nearly_as_well() -> None:
    lines = segment("\n".join(["Top Ten Garden Tools", "Menu", "Best Shovels for Clay Soil", "buy now please",
                               "How We Tested Garden Tools", PARAGRAPH]))
    candidates, scores = [0, 2, 3, 4], [5.0, 6.0, 5.5, 3.0]
    assert titles._rivals(lines, candidates, scores, 1, -2, 2, 1.0) == [0, 1, 2]  # not the one scoring 3.0
    assert titles._rivals(lines, candidates, scores, 1, -2, -1, 1.0) == [0]  # above the chosen line only
    assert titles._rivals(lines, candidates, scores, 1, -2, 2, 5.0) == [0, 1, 2, 3]
    assert titles._rivals(lines, candidates, scores, 1, -1, 2, 5.0) == [1, 2, 3]  # "Top Ten ..." two lines up
    assert titles._rivals(lines, candidates, scores, 1, -2, 2, 5.0, shaped=True) == [0, 1, 3]  # "buy now please"


def test_a_menus_words_are_capitalised() -> None:
    assert all(map(not_headlines._capitalised, ["Posts", "RSS", "2024", "&", "Ölfarbe", ""]))
    assert not any(map(not_headlines._capitalised, ["and", "über", "iPhone"]))


def test_the_headline_stands_over_a_bylines_fields() -> None:
    lines = segment("\n".join([
        "Practical Horseman Extra", "Training", "Health", "Lifestyle", "News", "4 Things to Do in October",
        "Our top picks for horsey events, competition and fun for the month.", "Author:", "Editorial Staff",
        "Publish date:", "Oct 4, 2018", "Our top picks for horsey events, competition and fun for the month.",
        PARAGRAPH]))
    over = titles._headline_over_byline_field
    candidates = [0, 5, 6, 11]
    assert over(lines, candidates, [8.3, 7.6, 6.8, 9.7], 3) == 1  # over the standfirst: the standfirst said again
    assert over(lines, candidates, [8.3, 7.6, 6.8, 5.0], 0) == 1  # over the standfirst: the site's name
    assert over(lines, candidates, [12.3, 7.6, 6.8, 5.0], 0) == 0  # scores far below
    assert over(lines, [0, 4, 5, 6], [8.3, 1.0, 7.6, 6.8], 1) == 1  # the chosen line stands over the fields already
    plain = segment("\n".join(["Site Name Here", "Home", "News", "Sport", "Weather", "Menu",
                               "The Future of Apple Innovation", "By", "Jane Doe", PARAGRAPH]))
    assert over(plain, [0, 6, 9], [8.0, 6.0, 1.0], 0) == 1  # right over the lead-in, no standfirst
    assert over(plain, [0, 5, 9], [8.0, 6.0, 1.0], 0) == 0  # no headline over the lead-in ("Menu")
    assert over(plain, [0, 6], [8.0, 6.0], 0) == 0  # a lead-in under the last candidate: the text's or after it


def test_the_report_names_the_rule_that_passed_a_line_over_as_a_headline() -> None:
    from sitegen.clean.report import passed_over_rules, report_rows, report_text

    page = clean("\n".join(["Tax Guides", "Search our blog", "The Ten Best Tax Apps for Freelancers in 2025",
                            PARAGRAPH, PARAGRAPH]))
    assert passed_over_rules(page.labels) == {2: "prompt"}
    assert "passed_over=prompt" in report_text(page.labels).splitlines()[1]
    assert [r.get("passed_over") for r in report_rows(page.labels)][:3] == [None, "prompt", None]


def test_the_headline_stands_over_a_list_of_dated_teasers() -> None:
    lines = segment("\n".join([
        "Lexus wants you to go topless with 2020 LC500 Convertible", "The LC 500 looks good even with the roof off",
        "Brent Co November 20, 2019 12:32", "More stories like this one",
        "2017 Lexus LC500 coupe arrives in the Philippines", "May 15, 2017", "Car Reviews", "2017 Lexus LC 500 Sport",
        "January 22, 2018", "Auto News", "First Impressions: 2013 Lexus IS 350", "June 18, 2013", PARAGRAPH]))
    over = titles._headline_over_dated_teasers
    candidates = [0, 4, 7, 10]
    assert over(lines, candidates, [8.9, 10.0, 10.7, 13.0], 3) == 0
    assert over(lines, candidates, [6.9, 10.0, 10.7, 13.0], 3) == 3  # scores far below
    assert over(lines, [0, 7, 10], [8.9, 10.7, 13.0], 2) == 2  # two teasers: no list
    tagline = segment("\n".join([
        "Growing Food on a Small City Plot: Notes From the Allotment",
        "How to prune roses in winter", "January 5, 2024",
        "Ten bulbs to plant this month", "December 12, 2023", "Why my tomatoes split this summer", "November 30, 2023",
        "The best compost bins, tested on my plot", "February 2, 2024", PARAGRAPH]))
    assert over(tagline, [0, 1, 3, 5, 7], [8.9, 10.0, 10.0, 10.0, 13.0], 4) == 4  # no date of its own: a tagline


def test_a_trademarked_name_is_no_headline() -> None:
    _never_chosen(not_headlines._trademarked, "What Does Cybersecurity Really Cost a Small Business?",
                  ["CIS SecureSuite® Membership", "ThreatWA™Insights into emerging cyber & physical threats",
                   "Photoshop™ Elements 2025"],
                  ["The Best Graphics Cards of 2025", "Adobe Photoshop Elements Review",
                   "The new iPhone® is here: what to expect"])


def test_a_footnote_set_off_by_its_asterisk_is_no_headline() -> None:
    _never_chosen(not_headlines._footnote, "Final standings of the 2019 season",
                  ["* Click the link to see the full calendar of the three series", "*Price with promo code"],
                  ["Final standings of the 2019 season", "**Bold claims** about the season", "*"])


def test_a_caption_that_says_so_is_no_headline() -> None:
    _never_chosen(not_headlines._caption_lead, "Water rationing: what the new restrictions mean for you",
                  ["Image caption Reservoir levels in the south-east have fallen to a 30-year low",
                   "Media caption: The minister speaks to reporters outside parliament"],
                  ["Captions on every video: how the new rules work", "The caption contest winners of 2019"])


def test_the_headline_stands_over_the_byline_not_under_it() -> None:
    listicle = "\n".join(["Shopping", "", "15 best houseplants for beginners", "By Lucy Brennan", "", "Snake plant",
                          "Tall, upright leaves and almost no need for water. Snake plants tolerate low light well.",
                          "", "ZZ plant", "Glossy leaves and thick roots that store water, so it is happy for weeks."])
    assert clean(listicle).title == "15 best houseplants for beginners"
    live = "\n".join(["Election results: live updates", "By Owen Grant", "", "11:45 PM", "Turnout down in early seats",
                      "", "Turnout has been lower than in 2017 in almost all of the seats declared so far tonight.",
                      "", "10:38 PM", "First seat declared in the north", "",
                      "The first result of the night has come in, with the sitting member holding the seat."])
    assert clean(live).title == "Election results: live updates"


def test_a_short_line_over_the_byline_is_no_headline_over_a_longer_one() -> None:
    lines = segment("\n".join(["Back to overview", "By Moritz Bachmann",
                                "The electronic patient record and the long march into the digital age", PARAGRAPH]))
    assert titles._headline_over_byline(lines, [0, 2], [4.0, 8.0], 1) == 1  # stays on the longer line
    lines = segment("\n".join(["Election results: live updates", "By Owen Grant", "11:45 PM",
                                "Turnout down in early seats", PARAGRAPH]))
    assert titles._headline_over_byline(lines, [0, 3], [4.0, 8.0], 1) == 0  # an update under its time


def test_a_caption_ending_in_its_agency_is_no_headline() -> None:
    caption = "The site of the proposed park. (Getty Images)"
    page = "\n\n".join(["News\nWorld\nBusiness", caption,
                        "City plans to require green space in every new housing development",
                        "By Laura Chen\nNovember 18, 2019", PARAGRAPH, PARAGRAPH.replace("committee", "council")])
    assert clean(page).title == "City plans to require green space in every new housing development"
    assert caption not in candidate_texts(page)


def test_a_headline_with_its_agency_is_still_a_headline() -> None:
    headline = "Oil prices rise as OPEC weighs deeper output cuts (Reuters)"
    page = "\n\n".join(["World\nBusiness", headline, "November 19, 2019", PARAGRAPH,
                        PARAGRAPH.replace("committee", "council")])
    assert headline in candidate_texts(page)


def test_a_videos_running_time_is_no_live_blogs_time() -> None:
    lines = segment("\n".join(["Watch: the council debate", "By John Roe", "2:31",
                               "City plans new road tax as bridges crumble across the county", PARAGRAPH]))
    assert titles._headline_over_byline(lines, [0, 3], [4.0, 8.0], 1) == 1


def test_the_last_headline_of_a_list_over_the_story_is_no_headline_over_a_standfirst() -> None:
    most_read = ["Most read", "Council Votes To Close The Old Library Next Spring",
                 "Storm Damage Leaves Hundreds Without Power", "Local Bakery Wins National Award For Sourdough"]
    headline = "A guide to the new road tax and what it will cost drivers"
    lines = segment("\n".join(most_read) + "\n\n" + headline + "\n" + PARAGRAPH)
    assert titles._headline_over_sentence_case(lines, [3, 4], [7.9, 8.0], 1) == 1  # stays on the story's
    menu = segment("\n".join(["Home", "See How It Works", "Join Now Upgrade Donate", "Your Car Maintenance Checklist",
                              "", headline, PARAGRAPH]))
    assert titles._headline_over_sentence_case(menu, [3, 4], [7.9, 8.0], 1) == 0  # a menu's short items over it


def test_a_tagline_over_a_byline_set_over_the_headline_is_no_headline() -> None:
    tagline = "News, Analysis and Perspective for Solution Providers and Technology Integrators"
    headline = "Tim Cook on Apple being pulled into the enterprise"
    lines = segment("\n".join([tagline, "By Joseph Tsidulko", "November 19, 2019", headline, PARAGRAPH]))
    assert titles._headline_over_byline(lines, [0, 3], [4.0, 8.0], 1) == 1  # right under the byline and its date
    lines = segment("\n".join([tagline, "By Joseph Tsidulko", PARAGRAPH, headline, PARAGRAPH]))
    assert titles._headline_over_byline(lines, [0, 3], [4.0, 8.0], 1) == 0  # a section's heading under text


def test_the_sites_name_its_copyright_line_gives_is_no_headline() -> None:
    """`title_not_site_name`: a copyright line without a mark names the site too ("2025 Site Inc. All rights
    reserved."); a candidate that says only that name gives way to another that scores well enough."""
    from sitegen.clean.site import copyright_name

    assert copyright_name(["2025 S&P Global Inc. All rights reserved. 55 Water Street"]) == "S&P Global"
    assert copyright_name(["2010-2025 Acme News, all rights reserved"]) == "Acme News"
    assert copyright_name(["2025 was a year when all rights reserved for members were cut"]) == ""
    foot = "2025 S&P Global Inc. All rights reserved."
    lines = segment("\n".join(["S&P Global", "2025 Top Insurance Company Rankings", PARAGRAPH, foot]))
    assert titles._without_site_name(lines, [0, 1], [9.2, 7.5]) == ([1], [7.5])
    assert titles._without_site_name(lines, [0, 1], [9.2, -1.0]) == ([0, 1], [9.2, -1.0])  # no rival
    unsigned = segment("\n".join(["S&P Global", "2025 Top Insurance Company Rankings", PARAGRAPH]))
    assert titles._without_site_name(unsigned, [0, 1], [9.2, 7.5]) == ([0, 1], [9.2, 7.5])


def test_a_date_set_after_the_headline_is_no_part_of_the_title() -> None:
    """`title_date_suffix`: "Title / Dec 2025" shows "Title"; a date the headline says without a separator,
    or a name beside the date, stays."""
    lines = segment("\n".join(["Porting a complete HTML5 parser / Dec 2025", PARAGRAPH]))
    assert titles.title_text(lines, lines[0]) == "Porting a complete HTML5 parser"
    assert titles._without_date_suffix("Why we moved our servers | March 3, 2024") == "Why we moved our servers"
    assert titles._without_date_suffix("Metasploit Weekly Wrap-Up 12/19/2025") == "Metasploit Weekly Wrap-Up 12/19/2025"
    assert titles._without_date_suffix("The year in review - Jane Doe, March 3, 2024") \
        == "The year in review - Jane Doe, March 3, 2024"


def test_a_label_naming_the_kind_of_page_is_no_part_of_the_title() -> None:
    """`title_page_kind`: "Blog: Title" shows "Title"; a label of another kind, or a short rest, stays."""
    lines = segment("\n".join(["Blog: Best Social Media Agencies in 2025", PARAGRAPH]))
    assert titles.title_text(lines, lines[0]) == "Best Social Media Agencies in 2025"
    assert titles._without_page_kind("Nachrichten: Neue Regeln für Mieter") == "Neue Regeln für Mieter"
    assert titles._without_page_kind("Yoga: Body, Breath, & Mind Series") == "Yoga: Body, Breath, & Mind Series"
    assert titles._without_page_kind("News: Hi there") == "News: Hi there"


def test_a_sections_name_glued_to_a_label_is_a_kicker_over_the_headline() -> None:
    """`title_under_section_kicker`: "Smart Home Security Best Picks", the page saying "Smart Home Security"
    alone in its menu, is a kicker; the headline under it (it may ask) is the title. A line that goes on from
    the section's name ("Top MBA Programs of 2025") is no kicker, nor one whose section the page never names."""
    def chosen(kicker: str, menu: str) -> str:
        lines = segment("\n".join([menu, "Deals", kicker, "Updated", "Which Security Cameras Are Worth It?",
                                   PARAGRAPH]))
        picks = [0, 1, 2, 4]
        return lines[picks[titles._headline_under_section_kicker(lines, picks, [1.0, 0.5, 10.7, 10.5], 2)]].text

    assert chosen("Smart Home Security Best Picks", "Smart Home Security") == "Which Security Cameras Are Worth It?"
    assert chosen("Smart Home Security of 2025", "Smart Home Security") == "Smart Home Security of 2025"
    assert chosen("Smart Home Security Best Picks", "Home Security") == "Smart Home Security Best Picks"


def test_a_submenus_rows_opening_with_their_back_control_are_no_headlines() -> None:
    """`submenu_rows`: rows that open with "Back" near each other are a menu's submenus read as lines; one
    alone, or "Back to ..." (a headline's phrase), stays a candidate."""
    rows = segment("\n".join(["Back Why Choose Us? How it Works About Our Plan", "Back Pricing",
                              "Back Traditional Menu Vegetarian Menu Our Menu Options",
                              "Outdated Nutrition Facts Debunked", PARAGRAPH]))
    assert [not_headlines.passed_over(rows, i) for i in range(4)] == ["submenu_rows"] * 3 + [""]
    alone = segment("\n".join(["Back Pain Relief That Works", "Ten Stretches for Every Day", PARAGRAPH]))
    assert not_headlines.passed_over(alone, 0) == ""
    school = segment("\n".join(["Back to School Shopping Guide", "Back to Basics With Bread", PARAGRAPH]))
    assert not_headlines.passed_over(school, 0) == not_headlines.passed_over(school, 1) == ""


def test_a_long_row_of_capitalised_topics_is_no_headline() -> None:
    """`menu_row` (`_topic_row`): twelve capitalised words or more without a function word are a menu's topics;
    a headline as long has one."""
    topics = segment("Privacy Accessibility HTML Images Responsive Design Forms PWA CSS Performance Testing JavaScript")
    assert not_headlines.passed_over(topics, 0) == "menu_row"
    headline = segment("Apple Unveils New iPhone Pro Max With Titanium Design And Faster Chip Next Week")
    assert not_headlines.passed_over(headline, 0) == ""


def test_a_subtitle_stays_when_the_bare_title_said_alone_is_a_menus_item_of_two_words() -> None:
    """`title_text`: "Zero Waste - A Beginner's Guide" keeps its subtitle though a menu says "Zero Waste"
    alone; a bare title of BARE_HEAD_MIN_WORDS words said alone still sheds the site's name."""
    lines = segment("\n".join(["Zero Waste", "Recycling", "Zero Waste - A Beginner's Guide", PARAGRAPH]))
    assert titles.title_text(lines, lines[2]) == "Zero Waste - A Beginner's Guide"
    lines = segment("\n".join(["Going Zero Waste", "Going Zero Waste - Green Living", PARAGRAPH]))
    assert titles.title_text(lines, lines[1]) == "Going Zero Waste"


LIVE_ENTRY = "Labour's health spokesman has called the latest figures on hospital waiting lists a disgrace today."


def test_a_live_blogs_headline_is_chosen_over_its_first_entrys() -> None:
    """`title_over_live_entries`: the chosen line under a time alone, with more entries stamped so and one
    more headed, heads the first entry: the headline over the first stamp is the page's."""
    lines = segment("\n".join([
        "General election 2019: Leaders clash over NHS on final weekend of campaign", "16.42 GMT",
        "Labour says NHS waiting lists figures a disgrace", LIVE_ENTRY, "15.20 GMT", "Polling day weather forecast",
        LIVE_ENTRY, "14.47 GMT", "Lib Dem leader visits marginal seats", LIVE_ENTRY]))
    candidates = [0, 2, 5, 8]
    assert titles._headline_over_live_entries(lines, candidates, [7.4, 8.9, -1.1, -1.8], 1) == 0
    assert titles._headline_over_live_entries(lines, candidates, [4.4, 8.9, -1.1, -1.8], 1) == 1  # far below
    # the times of comments under a story head no entry: its headline under its own time stays
    comments = segment("\n".join([
        "Morning briefing: what you need to know today", "10:42 BST",
        "Train strikes to go ahead next week after talks collapse", LIVE_ENTRY, "Jane R", "11:02 BST",
        "This is the third strike this year.", "Mark T", "11:15 BST", "Pay them properly and the strikes stop."]))
    assert titles._headline_over_live_entries(comments, [0, 2], [7.0, 7.5], 1) == 1


def test_a_headline_ending_in_its_date_stays_a_candidate() -> None:
    """`dated_headline`: words before the date that are no date, byline or lead-in keep a dated line a candidate."""
    got = candidate_texts("\n".join(["Climate strike in pictures - 20 September 2019", "Metasploit Wrap-Up 12/19/2025",
                                     "Last updated: 20 September 2019", "Jane Doe - 20 September 2019",
                                     "Friday, 20 September 2019", "Data as of May 3, 2021", PARAGRAPH]))
    assert got[:2] == ["Climate strike in pictures - 20 September 2019", "Metasploit Wrap-Up 12/19/2025"]
    assert not {"Last updated: 20 September 2019", "Jane Doe - 20 September 2019", "Friday, 20 September 2019",
                "Data as of May 3, 2021"} & set(got)


def test_an_appeal_to_fund_the_site_is_no_headline() -> None:
    """`support_appeal`: a plea to sponsor or support the site, or the bare verb to donate alone, is a button."""
    for text in ("Sponsor me Github", "Support us on Patreon", "Buy me a coffee", "Soutenez-nous", "Donate now"):
        assert not_headlines.passed_over(segment(text), 0) == "support_appeal", text
    for text in ("Support for the strike grows", "Donate blood this winter", "Spenden für die Ukraine",
                 "Sponsor messages"):
        assert not_headlines.passed_over(segment(text), 0) == "", text


def test_a_series_headline_is_chosen_over_its_subtitle() -> None:
    """`title_series_headline`: the line right over the chosen one ending in its part of a series is the headline;
    not a link to an earlier part ("Previous: ..."), nor when the chosen line names its own part."""
    def moved(over: str, chosen: str) -> str:
        lines = segment("\n".join([over, chosen, "Jane Doe", PARAGRAPH]))
        return lines[[0, 1][titles._headline_of_series(lines, [0, 1], [11.5, 12.2], 1)]].text

    subtitle = "From Theory to Practice, The Procedural Knowledge Ontology"
    assert moved("Process Knowledge Management, Part IV", subtitle) == "Process Knowledge Management, Part IV"
    assert moved("Scaling Postgres at Acme (Teil 2)", subtitle) == "Scaling Postgres at Acme (Teil 2)"
    assert moved("Related: Scaling Postgres at Acme, Part 2", subtitle) == subtitle
    assert moved("Scaling Postgres, Part 2", "Scaling Postgres, Part 3") == "Scaling Postgres, Part 3"
    assert moved("Process Knowledge Management", subtitle) == subtitle


def test_a_link_to_the_post_before_or_after_is_no_headline() -> None:
    """`post_nav_link`: a cue ("Previous post:", "Next:", "Article précédent :") or an arrow on one side only."""
    for text in ("Previous: Scaling Postgres, Part 2", "Older post: Kubernetes: the new Gateway API",
                 "Article précédent : Les élections", "Vorheriger Beitrag: Wahl", "« Scaling Postgres, Part 2",
                 "Scaling Postgres, Part 4 ›"):
        assert not_headlines.passed_over(segment(text), 0) == "post_nav_link", text
    for text in ("« Le président a menti »", "Next generation of batteries arrives", "Previous owners sued over leak",
                 "Next Steps: what to do after a layoff"):
        assert not_headlines.passed_over(segment(text), 0) == "", text


def test_a_previous_posts_link_over_the_headline_is_not_the_title() -> None:
    page = "\n".join(["Engineering Blog", "« Scaling Postgres at Acme, Part 2", "Why we moved our job queue off Redis",
                      "Jane Doe", "March 3, 2024", PARAGRAPH, PARAGRAPH])
    assert clean(page).title == "Why we moved our job queue off Redis"


def test_a_promotions_headline_over_its_pitch_and_button_gives_way_to_the_storys() -> None:
    """`title_under_promo`: a button two lines under the chosen line, its pitch between, makes it a promotion's;
    not a product's name over its price and button."""
    def moved(first: list[str]) -> str:
        lines = segment("\n".join([*first, "Workouts", "10 of the best home gym equipment", PARAGRAPH]))
        candidates = [0, len(first) + 1]
        return lines[candidates[titles._headline_under_promo(lines, candidates, [6.9, 6.8], 0)]].text

    promo = ["Gaining Weight After 40 and Nothing Seems to Work?",
             "Personalized workouts, nutrition, and coaching built for your changing body", "Apply Now"]
    assert moved(promo) == "10 of the best home gym equipment"
    assert moved(["Acme Pro Blender 3000", "$199.00", "Buy now"]) == "Acme Pro Blender 3000"
    assert moved(promo[:1] + promo[2:] + ["Free shipping"]) == promo[0]  # the button right under: a product's


def test_a_headline_ending_in_its_date_is_read_as_no_date_line() -> None:
    """`title_rows`: the date feature of a headline that ends in its date (`_dated_headline`) is off, so the model
    scores it as the headline over its byline, not the masthead; its date is no part of the title shown."""
    page = "\n".join(["The Riverside Gazette", "News", "Sport", "Opinion",
                      "Climate strike in pictures - 20 September 2019", "By Jane Doe", PARAGRAPH,
                      "Pupils gather in the main square before the march. Photograph: John Smith", PARAGRAPH])
    assert clean(page).title == "Climate strike in pictures"
