// finding: F3-teardown-in-diverging-arm
// seed: 1000072
// expect `drain` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. close=Ok
// expect `take 0 mid 1 cancel` => gaveup w2x t31 t31. cancel=Ok
// expect `take 0 mid 2 close` => w2- gaveup w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. close=Ok
// expect `take 0 mid 2 cancel` => w2- gaveup w9x w14x w18x t8 t8. t31 t31. cancel=Ok
// expect `take 0 mid 3 close` => w2- w9- w14x w18x gaveup w11- w13- w12- j12 t8 t8. t31 t31. close=Ok
// expect `take 0 mid 3 cancel` => w2- w9- w14x w18x gaveup w11x t8 t8. t31 t31. cancel=Ok
// expect `take 1 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 1 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 1 mid 1 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 1 mid 1 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 1 mid 2 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 1 mid 2 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 1 mid 3 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 1 mid 3 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 2 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 2 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 2 mid 1 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 2 mid 1 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 2 mid 2 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 2 mid 2 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 2 mid 3 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 2 mid 3 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 6 mid 2 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 7 close` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end close=Ok
// expect `take 7 mid 2 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
// expect `take 7 mid 5 cancel` => w2- w9- w14x w18x w11- w13- w12- j12 t8 t8. t31 t31. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t31");
        ctx.log("t31.");
    }
    for _ in 0..1 {
        W::new(&ctx, 2, 1).await;
        if ctx.ch(3, 0b1, 3) {
            let mut c4 = 0;
            'l4: loop {
                c4 += 1;
                if c4 > 0 { break; }
                W::new(&ctx, 5, 2).await;
                ctx.log("s6");
                yield_!(Err(7));
                break;
            }
            teardown! {
                ctx.log("t8");
                ctx.log("t8.");
            }
            futures::select! {
                _ = W::new(&ctx, 9, 1).fuse() => {
                    ctx.check(10, 0b0, 1)?;
                    W::new(&ctx, 11, 1).await;
                    tokio::join!(async { W::new(&ctx, 12, 2).await; ctx.log("j12"); }, W::new(&ctx, 13, 1));
                }
                _ = W::new(&ctx, 14, 3).fuse() => {
                    W::new(&ctx, 15, 1).await;
                    W::new(&ctx, 16, 3).await;
                    ctx.log("s17");
                }
                _ = W::new(&ctx, 18, 2).fuse() => {
                    yield_!(Ok(19));
                }
            }
        } else {
            teardown! {
                ctx.log("t20");
                W::new(&ctx, 21, 1).await;
                ctx.log("t20.");
            }
            teardown! {
                ctx.log("t22");
                ctx.log("t22.");
            }
            let m23: u32 = match ctx.pick(23, 1, 2) {
                0 => {
                    teardown! {
                        ctx.log("t24");
                        W::new(&ctx, 25, 2).await;
                        ctx.log("t24.");
                    }
                    teardown! {
                        ctx.log("t26");
                        ctx.log("t26.");
                    }
                    W::new(&ctx, 27, 3).await;
                    teardown! {
                        ctx.log("t28");
                        ctx.log("t28.");
                    }
                    ctx.log("s29");
                    return;
                }
                _ => {
                    yield_!(Ok(30));
                    continue;
                }
            };
            ctx.log(format!("m23={m23}"));
        }
    }
}
