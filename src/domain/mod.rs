//! Pure types and rules: the catalogue, its seeds, search, and text hygiene. No I/O here.

pub mod application;
pub mod audit;
pub mod calendar;
pub mod catalogue;
pub mod choice;
pub mod config;
pub mod date;
pub mod division_code;
pub mod editable;
pub mod eligibility;
pub mod intake;
pub mod material;
pub mod messages;
pub mod operator;
pub mod phone;
pub mod receipt;
pub mod reference;
pub mod resident_id;
pub mod romanize;
pub mod search;
pub mod seed;
pub mod text;

pub use calendar::{CalendarError, WorkingCalendar};
pub use catalogue::{
    Aliases, Catalogue, CatalogueItem, Domain, DomainCode, Field, FieldKind, ItemId, Lang, Text,
};
pub use date::{Date, DateError};
pub use division_code::{DivisionCode, DivisionCodeError};
pub use intake::{Channel, Rating, Status, WorkflowError};
pub use material::{MaterialError, MaterialKind, MaterialStatus};
pub use messages::{MessageArg, MessageId};
pub use phone::{Phone, PhoneError};
pub use receipt::{DailySequence, ReceiptError, ReceiptNumber};
pub use resident_id::{ResidentId, ResidentIdError, Sex};
