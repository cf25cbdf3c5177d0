//! The one integration test binary of `bowline-mask`.

mod mask {
    pub(crate) mod accuracy;
    pub(crate) mod alloc;
    pub(crate) mod api;
    pub(crate) mod cases;
    pub(crate) mod locality;
    pub(crate) mod masking;
    pub(crate) mod props;
    pub(crate) mod stream;
}
