// finding: R9-cancel-in-futures-select
// seed: 1000058
// expect `take 0 mid 1 cancel` => gaveup w1x w23x t28 w29- t28. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t28");
        W::new(&ctx, 29, 1).await;
        ctx.log("t28.");
    }
    futures::select! {
        _ = W::new(&ctx, 1, 3).fuse() => {
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
                    _ = W::new(&ctx, 9, 2) => {
                        yield_!(10);
                        futures::join!(W::new(&ctx, 11, 2), W::new(&ctx, 12, 3));
                    }
                    _ = W::new(&ctx, 13, 3) => {
                        ctx.log("s14");
                        yield_!(15);
                        W::new(&ctx, 16, 0).await;
                    }
                    _ = W::new(&ctx, 17, 1) => {
                        yield_!(18);
                        return;
                    }
                }
                W::new(&ctx, 19, 1).await;
                3
            };
            ctx.log(format!("b2={b2}"));
            ctx.log("s20");
            yield_!(21);
            yield_!(22);
        }
        _ = W::new(&ctx, 23, 1).fuse() => {
            let b24: u32 = 'l24: {
                W::new(&ctx, 25, 1).await;
                'l26: for _ in 0..0 {
                    ctx.log("s27");
                }
                25
            };
            ctx.log(format!("b24={b24}"));
        }
    }
    return;
}
