// finding: F2-teardown-in-let-else
// seed: 1000201
// expect `drain` => w1- b2=28 t25 w26- t25. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => gaveup w1- b2=28 t25 w26- t25. close
// expect `take 0 mid 1 cancel` => gaveup w1x t25 w26- t25. cancel
// expect `take 0 mid 2 close` => gaveup w1- b2=28 t25 w26- t25. close
// expect `take 0 mid 2 cancel` => gaveup w1x t25 w26- t25. cancel
// expect `take 0 mid 3 close` => gaveup w1- b2=28 t25 w26- t25. close
// expect `take 0 mid 3 cancel` => gaveup w1x t25 w26- t25. cancel
// expect `take 1 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 1 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 1 mid 1 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 1 mid 1 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 1 mid 2 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 1 mid 2 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 1 mid 3 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 1 mid 3 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 2 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 2 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 2 mid 1 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 2 mid 1 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 2 mid 2 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 2 mid 2 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 2 mid 3 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 2 mid 3 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 6 mid 5 close` => w1- b2=28 t25 w26- t25. end close
// expect `take 5 mid 2 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 4 cancel` => w1- b2=28 t25 w26- t25. end cancel
// expect `take 5 close` => w1- b2=28 t25 w26- t25. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t25");
        W::new(&ctx, 26, 1).await;
        ctx.log("t25.");
    }
    W::new(&ctx, 1, 3).await;
    let mut c2 = 0;
    let b2: u32 = 'l2: loop {
        c2 += 1;
        if c2 > 0 { break 28; }
        tokio::join!(async { W::new(&ctx, 3, 2).await; ctx.log("j3"); }, W::new(&ctx, 4, 1));
        {
            W::new(&ctx, 6, 0).await;
        }
        match ctx.pick(7, 1, 2) {
            0 => {
                let Some(v8) = ctx.opt(8, 0b111, 4) else {
                    tokio::join!(W::new(&ctx, 9, 2), async { W::new(&ctx, 10, 3).await; ctx.log("j10"); }, async { W::new(&ctx, 11, 1).await; ctx.log("j11"); });
                    teardown! {
                        ctx.log("t12");
                        ctx.log("t12.");
                    }
                    tokio::join!(async { W::new(&ctx, 13, 2).await; ctx.log("j13"); }, W::new(&ctx, 14, 3));
                    teardown! {
                        ctx.log("t15");
                        ctx.log("t15.");
                    }
                    ctx.log("s16");
                    break 'l2 40;
                };
                ctx.log(format!("L{v8}"));
                if ctx.ch(17, 0b100, 3) {
                    W::new(&ctx, 18, 2).await;
                    W::new(&ctx, 19, 1).await;
                } else {
                    yield_!(20);
                    teardown! {
                        ctx.log("t21");
                        W::new(&ctx, 22, 2).await;
                        ctx.log("t21.");
                    }
                    ctx.log("s23");
                }
            }
            _ => {
                ctx.log("s24");
                return;
            }
        }
        break 'l2 22;
    };
    ctx.log(format!("b2={b2}"));
}
