//! The searchable picker: what a text lists (any case, any script, at most fifty), the keys
//! that move over the list, what picking sets, and what leaving the field does.

use super::*;

fn choices(labels: &[&str]) -> Vec<Choice> {
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| Choice::new(format!("queue:{i}"), (*label).to_owned()))
        .collect()
}

fn many(n: usize) -> Vec<Choice> {
    (0..n)
        .map(|i| Choice::new(format!("queue:{i}"), format!("Queue {i}")))
        .collect()
}

fn state(actions: impl IntoIterator<Item = Action>) -> NamePickerState {
    let mut state = NamePickerState::default();
    for action in actions {
        state.apply(action);
    }
    state
}

#[test]
fn a_text_matches_names_containing_it_in_any_case_and_script() {
    let c = choices(&[
        "Sales",
        "Support EU",
        "Продажи",
        "ПРОДАЖИ ночь",
        "Straße",
        "Wholesale",
    ]);
    assert_eq!(matches(&c, "sale").listed, vec![0, 5]);
    assert_eq!(matches(&c, "SALE").listed, vec![0, 5], "case ignored");
    assert_eq!(
        matches(&c, "продажи").listed,
        vec![2, 3],
        "Cyrillic, either case"
    );
    assert_eq!(
        matches(&c, "STRASSE").listed,
        Vec::<usize>::new(),
        "lowercased, not case-folded: ß is not ss"
    );
    assert_eq!(matches(&c, "STRAßE").listed, vec![4]);
    assert_eq!(
        matches(&c, "  eu ").listed,
        vec![1],
        "spaces around ignored"
    );
    assert_eq!(
        matches(&c, "").listed,
        (0..6).collect::<Vec<_>>(),
        "nothing typed: all"
    );
    assert_eq!(matches(&c, "nothing like it"), Matches::default());
}

#[test]
fn at_most_fifty_are_listed_and_the_rest_counted() {
    let c = many(1000);
    let all = matches(&c, "");
    assert_eq!(all.listed.len(), LISTED_MAX);
    assert_eq!(
        all.listed,
        (0..50).collect::<Vec<_>>(),
        "the first, in order"
    );
    assert_eq!(all.more, 950);
    assert_eq!(all.options(), 51, "with All");

    // "Queue 1", "Queue 10".."Queue 19", "Queue 100".."Queue 199": 111 names.
    let ones = matches(&c, "queue 1");
    assert_eq!(ones.listed.len(), 50);
    assert_eq!(ones.more, 61);
    assert_eq!(ones.listed[..3], [1, 10, 11]);

    let exact = matches(&c, "Queue 999");
    assert_eq!(exact.listed, vec![999]);
    assert_eq!(exact.more, 0);
    assert_eq!(matches(&many(50), "").more, 0, "fifty fit");
}

#[test]
fn the_list_opens_from_the_first_choice_and_typing_activates_the_first_match() {
    let opened = state([Action::Open]);
    assert!(opened.open);
    assert_eq!(opened.typed, None, "the field still shows the chosen name");
    assert_eq!(opened.query(), "", "the list lists from the first choice");
    assert_eq!(opened.active, None);

    let typed = state([Action::Open, Action::Type("sal".into())]);
    assert_eq!(typed.query(), "sal");
    assert_eq!(typed.enter(3), Some(1), "Enter picks the first match");
    assert_eq!(typed.enter(1), None, "no match: Enter picks nothing");

    let cleared = state([
        Action::Open,
        Action::Type("sal".into()),
        Action::Type(String::new()),
    ]);
    assert_eq!(cleared.enter(5), Some(0), "text cleared: Enter picks All");

    // Typing into a field Escape closed opens it again.
    let again = state([Action::Open, Action::Close, Action::Type("x".into())]);
    assert!(again.open);

    // A second focus (a click in the open field) keeps what was typed.
    let kept = state([Action::Open, Action::Type("sal".into()), Action::Open]);
    assert_eq!(kept.query(), "sal");
}

#[test]
fn the_arrows_move_within_the_list_and_open_it() {
    // Four options: All and three matches.
    let mut s = state([Action::Open]);
    s.apply(Action::Down(4));
    assert_eq!(s.active, Some(0), "from nothing, down reaches All");
    s.apply(Action::Down(4));
    s.apply(Action::Down(4));
    s.apply(Action::Down(4));
    assert_eq!(s.active, Some(3));
    s.apply(Action::Down(4));
    assert_eq!(s.active, Some(3), "stops at the last");
    s.apply(Action::Up(4));
    assert_eq!(s.active, Some(2));
    for _ in 0..5 {
        s.apply(Action::Up(4));
    }
    assert_eq!(s.active, Some(0), "stops at All");

    let up = state([Action::Open, Action::Up(4)]);
    assert_eq!(up.active, Some(3), "from nothing, up reaches the last");

    // Closed (after Escape): down opens the list at its top.
    let reopened = state([
        Action::Open,
        Action::Down(4),
        Action::Down(4),
        Action::Close,
        Action::Down(4),
    ]);
    assert!(reopened.open);
    assert_eq!(reopened.active, Some(0));

    // The list shrank under the active option (the user typed): moves start over from the top.
    let mut shrunk = state([Action::Open, Action::Down(51)]);
    for _ in 0..40 {
        shrunk.apply(Action::Down(51));
    }
    assert_eq!(shrunk.active_in(51), Some(40));
    assert_eq!(
        shrunk.active_in(3),
        None,
        "past the shorter list: none active"
    );
    shrunk.apply(Action::Down(3));
    assert_eq!(shrunk.active, Some(0));
}

#[test]
fn picking_sets_the_value_of_the_option_or_no_filter_for_all() {
    let c = choices(&["Sales", "Support", "Wholesale"]);
    let found = matches(&c, "sale");
    assert_eq!(pick(&c, &found, 0), Some(None), "All: no filter");
    assert_eq!(pick(&c, &found, 1), Some(Some("queue:0")));
    assert_eq!(
        pick(&c, &found, 2),
        Some(Some("queue:2")),
        "the second match"
    );
    assert_eq!(pick(&c, &found, 3), None, "no such option");

    // Enter picks the active option; the list then closes and the field shows the chosen name.
    let mut s = state([
        Action::Open,
        Action::Type("sale".into()),
        Action::Down(found.options()),
    ]);
    let option = s.enter(found.options()).unwrap();
    assert_eq!(pick(&c, &found, option), Some(Some("queue:2")));
    s.apply(Action::Close);
    assert_eq!(s, NamePickerState::default());
    assert_eq!(
        s.enter(found.options()),
        None,
        "closed: Enter picks nothing"
    );
}

#[test]
fn leaving_clears_the_filter_only_when_the_text_was_cleared() {
    assert!(
        !state([Action::Open]).leaving_clears(),
        "nothing typed: the choice stays"
    );
    assert!(
        !state([Action::Open, Action::Type("sal".into())]).leaving_clears(),
        "a text left unpicked is dropped, the choice stays"
    );
    assert!(state([Action::Open, Action::Type(String::new())]).leaving_clears());
    assert!(state([Action::Open, Action::Type("  ".into())]).leaving_clears());
    // Escape restores the shown text: leaving after it changes nothing.
    assert!(!state([Action::Open, Action::Type(String::new()), Action::Close]).leaving_clears());
}
