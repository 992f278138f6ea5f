//! Gazetteer import.
