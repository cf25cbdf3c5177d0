//! The check path does not allocate (allow and deny, with explanations).

use std::hint::black_box;

use bowline_rbac::Request;

use crate::{REQUEST_JSON, inbox};

#[test]
fn allow_path_does_not_allocate() {
    let authz = inbox();
    let req = Request::from_json(REQUEST_JSON).unwrap();
    assert!(authz.decide(&req).is_allowed());
    let info = allocation_counter::measure(|| {
        for _ in 0..1000 {
            let d = black_box(authz.decide(black_box(&req)));
            assert!(d.is_allowed());
            assert_eq!(d.deciding_rules().count(), 2);
        }
    });
    assert_eq!(info.count_total, 0, "{info:?}");
}

#[test]
fn deny_path_with_why_not_does_not_allocate() {
    let authz = inbox();
    let mut req: serde_json::Value = serde_json::from_str(REQUEST_JSON).unwrap();
    req["action"] = "reply".into();
    req["resource"]["attributes"]["assignee"] = "agent-99".into();
    let req: Request = serde_json::from_value(req).unwrap();
    let d = authz.decide(&req);
    assert!(!d.is_allowed());
    assert!(d.near_misses().count() >= 1);
    let info = allocation_counter::measure(|| {
        for _ in 0..1000 {
            let d = black_box(authz.decide(black_box(&req)));
            assert!(d.near_misses().next().is_some());
        }
    });
    assert_eq!(info.count_total, 0, "{info:?}");
}

#[test]
fn fail_closed_path_does_not_allocate() {
    let authz = inbox();
    let mut req: serde_json::Value = serde_json::from_str(REQUEST_JSON).unwrap();
    req["resource"]["attributes"]
        .as_object_mut()
        .unwrap()
        .remove("residency");
    let req: Request = serde_json::from_value(req).unwrap();
    let info = allocation_counter::measure(|| {
        let d = black_box(authz.decide(black_box(&req)));
        assert_eq!(d.deny_reason(), Some(bowline_rbac::DenyReason::FailClosed));
        assert_eq!(d.issues().count(), 1);
    });
    assert_eq!(info.count_total, 0, "{info:?}");
}
