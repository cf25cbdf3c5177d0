//! The conversation status machine and the event fold.

use bowline_crm::{
    AgentId, ApiError, Conversation, ConversationError, ConversationEvent, ConversationEventKind,
    ConversationId, ConversationStatus, CustomerId, DeliveryOutcome, DeliveryStatus, Direction,
    Label, Message, MessageContent, MessageId, Note, Priority, Sender, WaMessageId,
};
use chrono::{DateTime, TimeDelta, Utc};

pub(crate) fn t(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_772_366_400 + secs, 0).unwrap()
}

fn conv() -> Conversation {
    Conversation::new(
        ConversationId::from_uuid(uuid::Uuid::from_u128(1)),
        CustomerId::from_uuid(uuid::Uuid::from_u128(2)),
        t(0),
    )
}

fn inbound(n: u128, at: DateTime<Utc>) -> ConversationEvent {
    let mut m = Message::new(
        MessageId::from_uuid(uuid::Uuid::from_u128(n)),
        Direction::Inbound,
        Sender::Customer,
        MessageContent::Text {
            body: format!("inbound {n}"),
        },
        at,
    );
    m.provider_id = Some(format!("wamid.IN{n}").parse().unwrap());
    ConversationEvent::new(at, ConversationEventKind::MessageReceived { message: m })
}

fn outbound(n: u128, at: DateTime<Utc>) -> ConversationEvent {
    let mut m = Message::new(
        MessageId::from_uuid(uuid::Uuid::from_u128(n)),
        Direction::Outbound,
        Sender::Agent(AgentId::from_uuid(uuid::Uuid::from_u128(9))),
        MessageContent::Text {
            body: format!("outbound {n}"),
        },
        at,
    );
    m.provider_id = Some(format!("wamid.OUT{n}").parse().unwrap());
    ConversationEvent::new(at, ConversationEventKind::MessageSent { message: m })
}

fn delivery(n: u128, outcome: DeliveryOutcome, at: DateTime<Utc>) -> ConversationEvent {
    ConversationEvent::new(
        at,
        ConversationEventKind::DeliveryUpdated {
            provider_id: format!("wamid.OUT{n}").parse().unwrap(),
            outcome,
        },
    )
}

/// (from, to, allowed) over every pair of the four statuses.
#[test]
fn status_transition_table() {
    use ConversationStatus as S;
    let snooze = S::Snoozed { until: t(10_000) };
    let all = [S::Open, S::Pending, snooze, S::Resolved];
    let allowed = |from: S, to: S| -> bool {
        !matches!(
            (from, to),
            (S::Open, S::Open)
                | (S::Pending, S::Pending)
                | (S::Snoozed { .. }, S::Snoozed { .. })
                | (S::Resolved, S::Resolved | S::Pending | S::Snoozed { .. })
        )
    };
    for from in all {
        for to in all {
            let mut c = conv();
            if from != S::Open {
                // Reach `from` through an allowed path.
                c.change_status(from, t(1)).unwrap();
            }
            let before = c.clone();
            let got = c.change_status(to, t(2));
            assert_eq!(
                got.is_ok(),
                allowed(from, to),
                "{from:?} -> {to:?}: {got:?}"
            );
            if got.is_err() {
                assert_eq!(
                    c, before,
                    "a rejected change must not alter the conversation"
                );
            } else {
                assert_eq!(c.status(), to);
            }
        }
    }
}

#[test]
fn resolved_cannot_go_pending_and_says_why() {
    let mut c = conv();
    c.resolve(t(1)).unwrap();
    let err = c.mark_pending(t(2)).unwrap_err();
    assert!(matches!(
        err,
        ConversationError::InvalidTransition {
            from: "resolved",
            to: "pending",
            ..
        }
    ));
    assert_eq!(
        err.to_string(),
        "conversation `00000000-0000-0000-0000-000000000001` cannot move from resolved to pending"
    );
}

#[test]
fn snooze_must_end_in_the_future_and_can_be_moved() {
    let mut c = conv();
    assert!(matches!(
        c.snooze(t(5), t(5)),
        Err(ConversationError::SnoozeNotInFuture { .. })
    ));
    c.snooze(t(100), t(5)).unwrap();
    c.snooze(t(200), t(6)).unwrap();
    assert_eq!(c.status(), ConversationStatus::Snoozed { until: t(200) });
    assert!(matches!(
        c.snooze(t(200), t(7)),
        Err(ConversationError::Unchanged { .. })
    ));
}

#[test]
fn inbound_message_reopens_and_refreshes_the_window() {
    let mut c = conv();
    assert_eq!(c.window_closes_at(), None);
    c.apply(&inbound(1, t(10))).unwrap();
    assert_eq!(c.window_closes_at(), Some(t(10) + TimeDelta::hours(24)));
    assert!(c.is_window_open(t(10) + TimeDelta::hours(23)));
    assert!(!c.is_window_open(t(10) + TimeDelta::hours(24)));
    c.resolve(t(20)).unwrap();
    c.apply(&inbound(2, t(30))).unwrap();
    assert_eq!(c.status(), ConversationStatus::Open);
    assert_eq!(c.last_inbound_at(), Some(t(30)));
    // An older inbound message applied late does not move the window back.
    c.apply(&inbound(3, t(15))).unwrap();
    assert_eq!(c.last_inbound_at(), Some(t(30)));
    // Pending stays pending: a bot may be handling the customer.
    c.mark_pending(t(40)).unwrap();
    c.apply(&inbound(4, t(50))).unwrap();
    assert_eq!(c.status(), ConversationStatus::Pending);
}

#[test]
fn system_notices_do_not_open_the_window() {
    let mut c = conv();
    c.resolve(t(1)).unwrap();
    let m = Message::new(
        MessageId::from_u128(77),
        Direction::Inbound,
        Sender::System,
        MessageContent::Text {
            body: "user changed number".into(),
        },
        t(10),
    );
    c.apply(&ConversationEvent::new(
        t(10),
        ConversationEventKind::MessageReceived { message: m },
    ))
    .unwrap();
    assert_eq!(c.window_closes_at(), None);
    assert_eq!(c.status(), ConversationStatus::Resolved);
    assert_eq!(c.messages().len(), 1);
}

#[test]
fn duplicate_messages_are_applied_once() {
    let mut c = conv();
    let e = inbound(1, t(10));
    c.apply(&e).unwrap();
    c.apply(&e).unwrap();
    assert_eq!(c.messages().len(), 1);
}

#[test]
fn wrong_direction_is_rejected() {
    let mut c = conv();
    let ConversationEventKind::MessageSent { message } = outbound(1, t(1)).kind else {
        panic!()
    };
    let bad = ConversationEvent::new(t(1), ConversationEventKind::MessageReceived { message });
    assert!(matches!(
        c.apply(&bad),
        Err(ConversationError::WrongDirection { .. })
    ));
    assert!(c.messages().is_empty());
}

#[test]
fn delivery_only_moves_forward_and_failure_is_a_flag() {
    let mut c = conv();
    c.apply(&outbound(1, t(1))).unwrap();
    let reached = |s| DeliveryOutcome::Reached(s);
    for (s, at) in [
        (DeliveryStatus::Read, 30),
        (DeliveryStatus::Sent, 10),
        (DeliveryStatus::Delivered, 20),
        (DeliveryStatus::Read, 30),
    ] {
        c.apply(&delivery(1, reached(s), t(at))).unwrap();
    }
    let d = &c.messages()[0].delivery;
    assert_eq!(d.status(), Some(DeliveryStatus::Read));
    assert_eq!(d.status_at(), Some(t(30)));
    assert!(!d.is_failed());

    let err = ApiError {
        code: 131_047,
        title: Some("Re-engagement message".into()),
        message: None,
        details: None,
        href: None,
    };
    c.apply(&delivery(
        1,
        DeliveryOutcome::Failed(Some(err.clone())),
        t(40),
    ))
    .unwrap();
    c.apply(&delivery(1, reached(DeliveryStatus::Sent), t(50)))
        .unwrap();
    let d = &c.messages()[0].delivery;
    assert!(d.is_failed());
    assert_eq!(d.failure().unwrap().error.as_ref(), Some(&err));
    assert_eq!(d.status(), Some(DeliveryStatus::Read));
}

#[test]
fn delivery_for_an_unknown_message_is_a_typed_error() {
    let mut c = conv();
    let err = c
        .apply(&delivery(
            7,
            DeliveryOutcome::Reached(DeliveryStatus::Sent),
            t(1),
        ))
        .unwrap_err();
    let ConversationError::UnknownMessage { provider_id, .. } = err else {
        panic!("{err:?}")
    };
    assert_eq!(provider_id, "wamid.OUT7".parse::<WaMessageId>().unwrap());
}

#[test]
fn assignment_labels_priority_and_notes_fold() {
    let mut c = conv();
    let agent = AgentId::from_uuid(uuid::Uuid::from_u128(9));
    let label: Label = "card-dispute".parse().unwrap();
    let note = Note::new(agent, t(3), "customer confirmed the purchase");
    for kind in [
        ConversationEventKind::Assigned { agent: Some(agent) },
        ConversationEventKind::PriorityChanged {
            priority: Some(Priority::Urgent),
        },
        ConversationEventKind::LabelAdded {
            label: label.clone(),
        },
        ConversationEventKind::LabelAdded {
            label: label.clone(),
        },
        ConversationEventKind::NoteAdded { note: note.clone() },
    ] {
        c.apply(&ConversationEvent::new(t(3), kind)).unwrap();
    }
    assert_eq!(c.assignee(), Some(agent));
    assert_eq!(c.priority(), Some(Priority::Urgent));
    assert_eq!(c.labels().len(), 1);
    assert_eq!(c.notes(), std::slice::from_ref(&note));
    assert_eq!(c.updated_at(), t(3));
    c.apply(&ConversationEvent::new(
        t(4),
        ConversationEventKind::LabelRemoved { label },
    ))
    .unwrap();
    assert!(c.labels().is_empty());
}

#[test]
fn conversation_round_trips_through_json() {
    let mut c = conv();
    c.apply(&inbound(1, t(10))).unwrap();
    c.apply(&outbound(2, t(11))).unwrap();
    c.snooze(t(500), t(12)).unwrap();
    let json = serde_json::to_string(&c).unwrap();
    let back: Conversation = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    // Our own documents reject unknown fields.
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["surprise"] = serde_json::json!(1);
    assert!(serde_json::from_value::<Conversation>(v).is_err());
}
