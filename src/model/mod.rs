//! Pure logic with no browser dependencies, tested natively.

pub mod embed;
pub mod flow;
pub mod quiz;
pub mod route;
pub mod tear_figure;
pub mod walkthrough;

pub use route::Route;
