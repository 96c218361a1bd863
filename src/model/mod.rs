//! Pure logic with no browser dependencies, tested natively.

pub mod contrast;
pub mod embed;
pub mod route;

pub use route::Route;
