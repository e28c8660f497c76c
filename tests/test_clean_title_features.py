"""The title model's own features: what the page's other lines say about a candidate headline."""

from __future__ import annotations

from sitegen.clean import features, titles
from sitegen.clean.learned import models
from sitegen.clean.lines import segment

PARAGRAPH = ("The committee met on Monday to discuss the new road tax, and after a long debate it voted "
             "to send the plan back to the council for a second reading next month.")


def named_rows(text: str) -> list[dict[str, float]]:
    """Each line's title features by name, every line a candidate."""
    lines = segment(text)
    ctx = features.page_context(lines, -1)
    probs = [0.9 if ln.words > 15 else 0.1 for ln in lines]
    rows = features.title_vectors(lines, ctx, probs, list(range(len(lines))))
    return [dict(zip(features.TITLE_NAMES, row, strict=True)) for row in rows]


def test_the_end_of_a_breadcrumb_above_is_marked() -> None:
    got = named_rows("\n".join(["Home » Plants » Coffee", "Coffee", "Coffea arabica", PARAGRAPH]))
    assert got[1]["crumb_end"] == 1.0
    assert got[2]["crumb_end"] == 0.0
    for trail in ("Home / Plants / Coffee", "Home | Coffee", "Plants - Coffee"):
        assert named_rows("\n".join([trail, "Coffee", PARAGRAPH]))[1]["crumb_end"] == 1.0, trail


def test_a_word_ending_a_longer_word_is_no_breadcrumb() -> None:
    for above in ("Decaf-coffee", "Iced Coffee", "Coffee"):  # a dash inside a word, no separator, the same line
        assert named_rows("\n".join([above, "Coffee", PARAGRAPH]))[1]["crumb_end"] == 0.0, above
    far = named_rows("\n".join(["Home » Coffee", "Menu", "Shop", "Cart", "Search", "Coffee", PARAGRAPH]))
    assert far[5]["crumb_end"] == 0.0  # more than CRUMB_WINDOW lines up


def test_a_headline_repeated_further_down_has_a_copy_below() -> None:
    got = named_rows("\n".join(["What is mesh WiFi?", "A guide to whole home mesh WiFi", PARAGRAPH,
                                "What is mesh WiFi?", PARAGRAPH]))
    assert got[0]["copy_below"] == 1.0
    assert got[1]["copy_below"] == 0.0
    assert got[3]["copy_below"] == 0.0  # the copy itself: nothing repeats it below
    far = named_rows("\n".join(["What is mesh WiFi?", *[PARAGRAPH] * features.COPY_BELOW_WINDOW,
                                "What is mesh WiFi?"]))
    assert far[0]["copy_below"] == 0.0


def test_a_question_is_told_apart() -> None:
    got = named_rows("\n".join(["What is digital marketing?", "Digital marketing explained", PARAGRAPH]))
    assert got[0]["ends_question"] == 1.0 and got[1]["ends_question"] == 0.0


def test_a_question_mark_raises_a_headline_score() -> None:
    """Headlines ask; the lines around them rarely do: the same line scores
    higher as the page's title with its question mark than without it."""
    def score(headline: str) -> float:
        lines = segment("\n".join(["Menu", "Search", headline, "A guide to the services and their prices",
                                    PARAGRAPH, PARAGRAPH]))
        ctx = features.page_context(lines, -1)
        probs = models()["line"].probabilities(features.line_vectors(ctx))
        return models()["title"].scores(titles.title_rows(lines, ctx, probs, [2]))[0]

    assert score("What Is Digital Marketing?") > score("What Is Digital Marketing")
