//! Binary entry: everything, parsing included, lives in the library.
use std::process::ExitCode;

fn main() -> ExitCode {
    service_desk::entry::main()
}
