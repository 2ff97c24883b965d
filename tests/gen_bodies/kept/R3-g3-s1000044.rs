// finding: R3-cancel-in-select
// seed: 1000044
// expect `take 0 mid 1 cancel` => gaveup w1x w32x w34x t37 t37. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t37");
        ctx.log("t37.");
    }
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 1) => {
            W::new(&ctx, 2, 0).await;
            tokio::select! {
                _ = W::new(&ctx, 3, 3) => {
                    tokio::select! {
                        _ = W::new(&ctx, 4, 0) => {
                            W::new(&ctx, 5, 0).await;
                            yield_!(6);
                        }
                        _ = W::new(&ctx, 7, 3) => {
                            yield_!(8);
                            yield_!(9);
                        }
                        _ = W::new(&ctx, 10, 2) => {
                            W::new(&ctx, 11, 1).await;
                            yield_!(12);
                            yield_!(13);
                        }
                        else => {
                            yield_!(14);
                        }
                    }
                    'l15: {
                        W::new(&ctx, 16, 1).await;
                    }
                    yield_!(17);
                    match ctx.pick(18, 1, 2) {
                        0 => {
                            yield_!(19);
                            ctx.log("s20");
                            return;
                        }
                        _ => {
                            yield_!(21);
                            return;
                        }
                    }
                    return;
                }
                _ = W::new(&ctx, 22, 1) => {
                    futures::select! {
                        _ = W::new(&ctx, 23, 3).fuse() => {
                            W::new(&ctx, 24, 3).await;
                        }
                        _ = W::new(&ctx, 25, 0).fuse() => {
                            W::new(&ctx, 26, 1).await;
                            yield_!(27);
                        }
                        _ = W::new(&ctx, 28, 1).fuse() => {
                            yield_!(29);
                            ctx.log("s30");
                        }
                    }
                }
            }
            yield_!(31);
        }
        _ = W::new(&ctx, 32, 2) => {
            ctx.log("s33");
        }
        _ = W::new(&ctx, 34, 1) => {
            ctx.log("s35");
        }
        else => {
            ctx.log("s36");
        }
    }
}
