//! Pure logic with no browser dependencies, tested natively. The bottom layer: it uses
//! no other module of the crate, so its counts are plain constants that `content` is
//! checked against.

pub mod embed;
pub mod flow;
pub mod panic_screen;
pub mod quiz;
pub mod route;
pub mod tear_figure;
pub mod walkthrough;

pub use route::Route;
