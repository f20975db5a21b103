//! The hall's configuration as the terminal front end holds it: read once at start, shared
//! by every session, and changed in one place when the first intake asks for the centre code.
use std::path::PathBuf;
use std::sync::RwLock;

use crate::domain::DivisionCode;
use crate::domain::config::ConfigValue;
use crate::service::config::{self, ConfigError, LoadedConfig};

/// The configuration in force, and the file it is saved to.
#[derive(Debug, Default)]
pub struct Hall {
    loaded: RwLock<LoadedConfig>,
}

/// Why the centre code could not be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// This user has no configuration folder and no file was named.
    NoFile,
    File(ConfigError),
}

impl Hall {
    pub fn new(loaded: LoadedConfig) -> Hall {
        Hall {
            loaded: RwLock::new(loaded),
        }
    }

    /// A hall with no configuration file and no settings (tests, and a user with no config
    /// folder).
    pub fn unconfigured() -> Hall {
        Hall::default()
    }

    /// A hall whose settings are read from and saved to the file at `path`.
    pub fn at(path: PathBuf) -> Result<Hall, ConfigError> {
        Ok(Hall::new(config::load(Some(&path))?))
    }

    pub fn centre_code(&self) -> Option<DivisionCode> {
        let loaded = self.loaded.read().unwrap_or_else(|e| e.into_inner());
        loaded.config.centre_code().cloned()
    }

    /// The configuration in force now (receipts folder, print command, window).
    pub fn config(&self) -> LoadedConfig {
        self.loaded
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The window (counter) this hall's sessions serve, as the configuration names it.
    pub fn window(&self) -> Option<String> {
        let loaded = self.loaded.read().unwrap_or_else(|e| e.into_inner());
        loaded.config.window().map(str::to_owned)
    }

    /// How long a session may go without a key before its screen locks
    /// (`idle-lock-minutes`).
    pub fn idle_lock_minutes(&self) -> u16 {
        let loaded = self.loaded.read().unwrap_or_else(|e| e.into_inner());
        loaded.config.idle_lock_minutes()
    }

    pub fn idle_lock(&self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::from(self.idle_lock_minutes()) * 60)
    }

    pub fn path(&self) -> Option<PathBuf> {
        let loaded = self.loaded.read().unwrap_or_else(|e| e.into_inner());
        loaded.path.clone()
    }

    /// Writes the centre code into the file (as `config set centre-code` does) and keeps it
    /// for every session.
    pub fn set_centre_code(&self, code: DivisionCode) -> Result<(), SaveError> {
        let path = self.path().ok_or(SaveError::NoFile)?;
        let config = config::set(&path, &ConfigValue::CentreCode(code)).map_err(SaveError::File)?;
        let mut loaded = self.loaded.write().unwrap_or_else(|e| e.into_inner());
        loaded.config = config;
        loaded.exists = true;
        Ok(())
    }
}
