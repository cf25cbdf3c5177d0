//! Parses every bundled `WhatsApp` Cloud API sample webhook of `bowline-crm`, folds the
//! events into conversations and prints a summary of the inbox.
//!
//! Run with `cargo run --example webhook_inbox`.
//!
//! Outbound messages written by agents never arrive by webhook (the business sends them),
//! so the example records an agent reply for each message id that the sample statuses talk
//! about, at the instant of its first status, to show delivery tracking end to end.
#![allow(clippy::print_stdout, reason = "example output")]

use std::collections::BTreeMap;
use std::path::Path;

use bowline::crm::{
    AgentId, ChannelIdentity, ConsentChannel, ConsentPurpose, ConsentStatus, Conversation,
    ConversationEvent, ConversationEventKind, ConversationId, Customer, CustomerId, DeliveryStatus,
    DeliveryUpdate, Direction, Message, MessageContent, MessageId, Sender, StatusKind,
    SystemNotice, Webhook, WebhookEvent, WhatsAppIdentity, verify_signature,
};

type Error = Box<dyn std::error::Error>;

/// One customer and their conversation, found by `WhatsApp` identity.
struct Thread {
    identity: WhatsAppIdentity,
    customer: Customer,
    conversation: Conversation,
}

/// The whole inbox: threads, where each outbound message lives, and things to tell the
/// operator.
#[derive(Default)]
struct Inbox {
    threads: Vec<Thread>,
    by_wamid: BTreeMap<String, usize>,
    notices: Vec<String>,
}

fn main() -> Result<(), Error> {
    let testdata = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/bowline-crm/testdata");

    // A receiving endpoint verifies the signature before it parses anything.
    let body = std::fs::read(testdata.join("webhooks/text.json"))?;
    let header = std::fs::read_to_string(testdata.join("text.json.sig"))?;
    let verdict = verify_signature(&body, header.trim(), b"app-secret");
    println!("signature of text.json with the sample app secret: {verdict:?}");

    let mut events = parse_all(&testdata.join("webhooks"))?;
    // Webhooks arrive in any order: fold by the instant each event happened.
    events.sort_by_key(WebhookEvent::at);

    let mut inbox = Inbox::default();
    for event in &events {
        inbox.fold(event)?;
    }
    inbox.print();
    Ok(())
}

/// Parses every payload in `dir`, in file-name order, into CRM events.
fn parse_all(dir: &Path) -> Result<Vec<WebhookEvent>, Error> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let mut events = Vec::new();
    for path in &files {
        let hook = Webhook::from_slice(&std::fs::read(path)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        events.extend(hook.events());
    }
    println!(
        "parsed {} payloads into {} events",
        files.len(),
        events.len()
    );
    Ok(events)
}

impl Inbox {
    fn fold(&mut self, event: &WebhookEvent) -> Result<(), Error> {
        match event {
            WebhookEvent::MessageReceived {
                contact, message, ..
            } => {
                let Some(identity) = &contact.identity else {
                    self.notices
                        .push(format!("message {} has no sender identity", message.id));
                    return Ok(());
                };
                // A business-scoped id change names the old id: keep the same customer and
                // conversation, and learn the new identity.
                if let MessageContent::System(notice) = &message.content {
                    self.follow_identity_change(identity, notice);
                }
                let thread = self.thread_for(identity, event)?;
                if let Some(name) = &contact.profile_name {
                    thread.customer.set_name(name.expose().clone());
                }
                if let Some(ev) = ConversationEvent::from_webhook(event) {
                    thread.conversation.apply(&ev)?;
                }
            }
            WebhookEvent::DeliveryUpdated { update } => self.delivery(event, update)?,
            WebhookEvent::ConsentChanged {
                identity: Some(identity),
                record,
                ..
            } => self
                .thread_for(identity, event)?
                .customer
                .record_consent(record.clone()),
            WebhookEvent::ChannelError { error, .. } => self.notices.push(format!(
                "channel error {}: {}",
                error.code,
                error.title.as_deref().unwrap_or("")
            )),
            _ => self
                .notices
                .push("an event this example does not know".to_owned()),
        }
        Ok(())
    }

    fn delivery(&mut self, event: &WebhookEvent, update: &DeliveryUpdate) -> Result<(), Error> {
        let key = update.provider_id.to_string();
        if !self.by_wamid.contains_key(&key) {
            let Some(identity) = &update.recipient else {
                self.notices
                    .push(format!("status for {key} has no recipient"));
                return Ok(());
            };
            let index = self.index_for(identity, event)?;
            let mut reply = Message::new(
                MessageId::from_provider_id(&update.provider_id),
                Direction::Outbound,
                Sender::Agent(AgentId::from_u128(0xA6E7)),
                MessageContent::Text {
                    body: "(agent reply recorded by the example)".to_owned(),
                },
                update.at,
            );
            reply.provider_id = Some(update.provider_id.clone());
            let sent = ConversationEvent::new(
                update.at,
                ConversationEventKind::MessageSent { message: reply },
            );
            self.thread(index)?.conversation.apply(&sent)?;
            self.by_wamid.insert(key.clone(), index);
        }
        let index = self.by_wamid.get(&key).copied().ok_or("unrouted status")?;
        if let Some(ev) = ConversationEvent::from_webhook(event) {
            self.thread(index)?.conversation.apply(&ev)?;
        }
        if update.status == StatusKind::Failed {
            let error = update.failure();
            let hint = if update.is_outside_window() {
                " (the 24-hour window was closed: send a template instead)"
            } else {
                ""
            };
            self.notices.push(format!(
                "delivery of {key} failed: {} {}{hint}",
                error.map_or(0, |e| e.code),
                error.and_then(|e| e.title.as_deref()).unwrap_or(""),
            ));
        }
        Ok(())
    }

    fn follow_identity_change(&mut self, new: &WhatsAppIdentity, notice: &SystemNotice) {
        let Some(previous) = &notice.previous_user_id else {
            return;
        };
        if let Some(t) = self
            .threads
            .iter_mut()
            .find(|t| t.identity.user_id() == Some(previous))
        {
            t.customer
                .add_identity(ChannelIdentity::WhatsApp(new.clone()));
            t.identity = new.clone();
            self.notices.push(format!(
                "customer {} changed business-scoped id from {previous} to {}",
                t.customer.id(),
                new.user_id().map_or("none", |u| u.as_str())
            ));
        }
    }

    fn thread(&mut self, index: usize) -> Result<&mut Thread, Error> {
        Ok(self.threads.get_mut(index).ok_or("no such thread")?)
    }

    fn thread_for(
        &mut self,
        identity: &WhatsAppIdentity,
        first: &WebhookEvent,
    ) -> Result<&mut Thread, Error> {
        let index = self.index_for(identity, first)?;
        self.thread(index)
    }

    /// The thread of this user, opened at the instant of `first` if there is none yet.
    fn index_for(
        &mut self,
        identity: &WhatsAppIdentity,
        first: &WebhookEvent,
    ) -> Result<usize, Error> {
        if let Some(i) = self
            .threads
            .iter()
            .position(|t| t.identity.same_user(identity))
        {
            return Ok(i);
        }
        let at = first.at().ok_or("event without a time")?;
        let n = u128::try_from(self.threads.len())? + 1;
        let mut customer = Customer::new(CustomerId::from_u128(0xC000 + n), at);
        customer.add_identity(ChannelIdentity::WhatsApp(identity.clone()));
        self.threads.push(Thread {
            identity: identity.clone(),
            conversation: Conversation::new(ConversationId::from_u128(n), customer.id(), at),
            customer,
        });
        Ok(self.threads.len() - 1)
    }

    fn print(&self) {
        for t in &self.threads {
            let c = &t.conversation;
            println!();
            println!("conversation {}", c.id());
            println!(
                "  customer    {} (name {}, wa_id {}, user id {})",
                t.customer.id(),
                t.customer
                    .name()
                    .map_or_else(|| "unknown".to_owned(), ToString::to_string),
                t.identity
                    .wa_id()
                    .map_or_else(|| "hidden".to_owned(), |w| mask(w.as_str())),
                t.identity.user_id().map_or("none", |u| u.as_str()),
            );
            println!("  status      {}", c.status().name());
            let marketing = t
                .customer
                .consent(ConsentChannel::WhatsApp, ConsentPurpose::Marketing)
                .map_or_else(
                    || "not specified".to_owned(),
                    |r| {
                        let status = match r.status {
                            ConsentStatus::Granted => "granted",
                            ConsentStatus::Withdrawn => "withdrawn",
                            ConsentStatus::NotSpecified => "not specified",
                        };
                        format!("{status} at {}", r.at.format("%Y-%m-%d %H:%M UTC"))
                    },
                );
            println!("  marketing   {marketing}");
            println!(
                "  window      {}",
                c.window_closes_at().map_or_else(
                    || "never opened".to_owned(),
                    |t| format!("closes at {}", t.format("%Y-%m-%d %H:%M UTC"))
                )
            );
            println!("  messages    {}", c.messages().len());
            for m in c.messages() {
                print_message(m);
            }
        }
        if !self.notices.is_empty() {
            println!("\nnotices");
            for n in &self.notices {
                println!("  {n}");
            }
        }
    }
}

fn print_message(m: &Message) {
    let arrow = match m.direction {
        Direction::Inbound => "<-",
        Direction::Outbound => "->",
    };
    let delivery = match (m.delivery.status(), m.delivery.is_failed()) {
        (_, true) => "failed",
        (Some(DeliveryStatus::Sent), false) => "sent",
        (Some(DeliveryStatus::Delivered), false) => "delivered",
        (Some(DeliveryStatus::Read), false) => "read",
        (Some(DeliveryStatus::Played), false) => "played",
        (None, false) => "",
    };
    let line = format!(
        "    {} {arrow} {:<11} {:<60} {delivery}",
        m.sent_at.format("%m-%d %H:%M:%S"),
        m.content.type_name(),
        shorten(m.content.text().unwrap_or("")),
    );
    println!("{}", line.trim_end());
}

/// `5511987654321` -> `•••••••••4321`.
fn mask(digits: &str) -> String {
    let keep = digits.len().saturating_sub(4);
    digits
        .chars()
        .enumerate()
        .map(|(i, c)| if i < keep { '•' } else { c })
        .collect()
}

fn shorten(text: &str) -> String {
    let one_line = text.replace('\n', " ");
    if one_line.chars().count() <= 58 {
        format!("\"{one_line}\"")
    } else {
        format!("\"{}…\"", one_line.chars().take(57).collect::<String>())
    }
}
