//! An intake split in two for storage: the clear part (services, channel, the state of each
//! material) that lists, counts and deadlines need without a login, and the private part
//! (the people and every free text about them) that is stored sealed as one value.
use serde::{Deserialize, Serialize};

use crate::domain::application::{Application, Material, Personal};
use crate::domain::material::MaterialKind;
use crate::domain::{Channel, Date};
use crate::store::codec::{self, CodecError, format};

/// What of an application is stored in the clear.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClearApplication {
    pub services: Vec<String>,
    pub channel: Channel,
    /// One per material, in the order given; the names are in the private part.
    pub materials: Vec<MaterialState>,
}

/// A material without its name: which service it is for, received or not, and by when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MaterialState {
    pub service: String,
    pub status: MaterialKind,
    pub due: Option<Date>,
}

/// What names or reaches a person. Material names belong here: they are free text (up to
/// 60 characters), and a counter writes "张三的委托书" or "王某残疾证" as readily as "身份证".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivatePart {
    pub personal: Personal,
    pub material_names: Vec<String>,
}

impl PrivatePart {
    /// The bytes that are sealed: a format byte and bincode, like any stored value.
    pub fn encode(&self) -> Result<Vec<u8>, CodecError> {
        codec::encode(format::INTAKE_PRIVATE, self)
    }

    pub fn decode(bytes: &[u8]) -> Result<PrivatePart, CodecError> {
        codec::decode(format::INTAKE_PRIVATE, bytes)
    }
}

/// The private part as stored: sealed with the store's record key, or plain in a record
/// written before the store had a key (and, for comparison, by the benchmarks).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonalPart {
    /// Boxed: the plain part is large, and only old records (and benchmarks) carry it.
    Plain(Box<PrivatePart>),
    /// [`PrivatePart::encode`] sealed: version byte, nonce, ciphertext and tag.
    Sealed(Vec<u8>),
}

impl PersonalPart {
    pub fn is_sealed(&self) -> bool {
        matches!(self, PersonalPart::Sealed(_))
    }
}

/// Splits a checked application into what is stored in the clear and what is sealed.
pub fn split(application: Application) -> (ClearApplication, PrivatePart) {
    let (states, names) = application
        .materials
        .into_iter()
        .map(|m| {
            let state = MaterialState {
                service: m.service,
                status: m.status,
                due: m.due,
            };
            (state, m.name)
        })
        .unzip();
    let clear = ClearApplication {
        services: application.services,
        channel: application.channel,
        materials: states,
    };
    let private = PrivatePart {
        personal: application.personal,
        material_names: names,
    };
    (clear, private)
}

/// The application put back together; a private part that does not match the clear one
/// (another record's, or damaged) is refused.
pub fn join(clear: ClearApplication, private: PrivatePart) -> Result<Application, CodecError> {
    if clear.materials.len() != private.material_names.len() {
        return Err(CodecError::Damaged(format!(
            "{} materials but {} material names",
            clear.materials.len(),
            private.material_names.len()
        )));
    }
    let materials = clear
        .materials
        .into_iter()
        .zip(private.material_names)
        .map(|(state, name)| Material {
            service: state.service,
            name,
            status: state.status,
            due: state.due,
        })
        .collect();
    Ok(Application {
        personal: private.personal,
        services: clear.services,
        channel: clear.channel,
        materials,
    })
}
