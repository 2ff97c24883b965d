// finding: R1-cancel-in-teardown-goes-on+R2-cancel-in-join
// seed: 1000188
// expect `take 1 mid 1 cancel` => item 25 w28- gaveup w29x t26 w27- t26. t36 w37- t36. cancel
// expect `take 1 mid 2 cancel` => item 25 w28- w29- t26 gaveup w27- t26. t36 w37- t36. cancel
// expect `take 1 mid 3 cancel` => item 25 w28- w29- t26 gaveup w27- t26. t36 w37- t36. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t36");
        W::new(&ctx, 37, 2).await;
        ctx.log("t36.");
    }
    if ctx.ch(1, 0b0, 1) {
        yield_!(2);
        {
            teardown! {
                ctx.log("t4");
                ctx.log("t4.");
            }
            yield_!(5);
            match ctx.pick(6, 0, 2) {
                0 => {
                    tokio::join!(async { W::new(&ctx, 7, 1).await; ctx.log("j7"); }, async { W::new(&ctx, 8, 2).await; ctx.log("j8"); });
                    yield_!(9);
                    W::new(&ctx, 10, 2).await;
                    W::new(&ctx, 11, 1).await;
                }
                _ => {
                    yield_!(12);
                    ctx.log("s13");
                    teardown! {
                        ctx.log("t14");
                        ctx.log("t14.");
                    }
                    teardown! {
                        ctx.log("t15");
                        W::new(&ctx, 16, 0).await;
                        ctx.log("t15.");
                    }
                    ctx.log("s17");
                }
            }
        }
        if ctx.ch(18, 0b11, 3) {
            W::new(&ctx, 19, 2).await;
        } else {
            W::new(&ctx, 20, 3).await;
        }
        teardown! {
            ctx.log("t21");
            ctx.log("t21.");
        }
        ctx.log("s22");
    } else {
        let b23: u32 = 'l23: {
            {
                yield_!(25);
                teardown! {
                    ctx.log("t26");
                    W::new(&ctx, 27, 2).await;
                    ctx.log("t26.");
                }
                tokio::join!(W::new(&ctx, 28, 0), W::new(&ctx, 29, 1));
            }
            {
                teardown! {
                    ctx.log("t31");
                    ctx.log("t31.");
                }
                ctx.log("s32");
            }
            if ctx.ch(33, 0b10, 2) {
                ctx.log("s34");
            } else {
                ctx.log("s35");
            }
            4
        };
        ctx.log(format!("b23={b23}"));
    }
}
