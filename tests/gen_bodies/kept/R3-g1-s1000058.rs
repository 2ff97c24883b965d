// finding: R3-cancel-in-select
// seed: 1000058
// expect `take 0 mid 1 cancel` => gaveup w1x w28x t30 t30. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t30");
        ctx.log("t30.");
    }
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 2) => {
            let b2: u32 = 'l2: {
                yield_!(3);
                match ctx.pick(4, 0, 2) {
                    0 => {
                        yield_!(5);
                        yield_!(6);
                    }
                    _ => {
                        W::new(&ctx, 7, 3).await;
                        yield_!(8);
                    }
                }
                tokio::select! {
                    _ = W::new(&ctx, 9, 1) => {
                        yield_!(10);
                        tokio::join!(async { W::new(&ctx, 11, 2).await; ctx.log("j11"); }, async { W::new(&ctx, 12, 3).await; ctx.log("j12"); });
                        tokio::join!(W::new(&ctx, 13, 0), W::new(&ctx, 14, 1));
                    }
                    _ = W::new(&ctx, 15, 3) => {
                        yield_!(16);
                    }
                }
                yield_!(17);
                2
            };
            ctx.log(format!("b2={b2}"));
            yield_!(18);
            yield_!(19);
            tokio::select! {
                _ = W::new(&ctx, 20, 3) => {
                    W::new(&ctx, 21, 1).await;
                    yield_!(22);
                    yield_!(23);
                }
                _ = W::new(&ctx, 24, 2) => {
                    yield_!(25);
                    yield_!(26);
                }
                else => {
                    ctx.log("s27");
                }
            }
        }
        _ = W::new(&ctx, 28, 1) => {
            ctx.log("s29");
        }
    }
}
