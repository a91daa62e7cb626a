//! trame-clean
