//! Cooperation run by the network: technical actions, operational cases, and the
//! programmes and funders that pay for actions.

mod api;
pub mod operational;
pub mod programme;
pub mod technical;
