//! Binary entry: parse the command line, hand over to the library, map the outcome to an exit code.
use std::process::ExitCode;

fn main() -> ExitCode {
    service_desk::cli::main()
}
