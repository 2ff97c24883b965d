// finding: R8-cancel-in-futures-join
// seed: 1000272
// expect `take 0 mid 3 cancel` => w2- w20x w5- gaveup w3x w4x t25 w26- t25. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t25");
        W::new(&ctx, 26, 1).await;
        ctx.log("t25.");
    }
    let Some(v1) = ctx.opt(1, 0b10, 2) else {
        futures::select! {
            _ = W::new(&ctx, 2, 2).fuse() => {
                futures::join!(W::new(&ctx, 3, 2), async { W::new(&ctx, 4, 1).await; ctx.log("j4"); }, W::new(&ctx, 5, 0));
                yield_!(Ok(6));
                tokio::select! {
                    _ = W::new(&ctx, 7, 1) => {
                        yield_!(Err(8));
                        yield_!(Ok(9));
                        futures::join!(W::new(&ctx, 10, 3), W::new(&ctx, 11, 0));
                        yield_!(Err(12));
                    }
                    _ = W::new(&ctx, 13, 2) => {
                        yield_!(Ok(14));
                        yield_!(Ok(15));
                        W::new(&ctx, 16, 1).await;
                    }
                }
                futures::join!(W::new(&ctx, 17, 2), W::new(&ctx, 18, 3), async { W::new(&ctx, 19, 0).await; ctx.log("j19"); });
            }
            _ = W::new(&ctx, 20, 3).fuse() => {
                let m21: u32 = match ctx.pick(21, 0, 2) {
                    0 => {
                        yield_!(Ok(22));
                        return;
                    }
                    _ => {
                        ctx.log("s23");
                        return;
                        ctx.log("s24");
                        36
                    }
                };
                ctx.log(format!("m21={m21}"));
            }
        }
        return;
    };
    ctx.log(format!("L{v1}"));
}
