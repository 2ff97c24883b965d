// finding: R8-cancel-in-futures-join
// seed: 1000123
// expect `take 0 mid 1 cancel` => w7- j7 gaveup w6x t20 w21- t20. cancel=Ok
// expect `take 0 mid 2 cancel` => w7- j7 gaveup w6x t20 w21- t20. cancel=Ok
// expect `take 0 mid 3 cancel` => w7- j7 gaveup w6x t20 w21- t20. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t20");
        W::new(&ctx, 21, 0).await;
        ctx.log("t20.");
    }
    let mut c1 = 0;
    while c1 < 3 {
        c1 += 1;
        match ctx.pick(2, 1, 2) {
            0 => {
                let Some(v3) = ctx.opt(3, 0b111, 3) else {
                    W::new(&ctx, 4, 1).await;
                    return;
                };
                ctx.log(format!("L{v3}"));
                yield_!(Err(5));
            }
            _ => {
                futures::join!(W::new(&ctx, 6, 3), async { W::new(&ctx, 7, 0).await; ctx.log("j7"); });
                let mut c8 = 0;
                'l8: loop {
                    c8 += 1;
                    if c8 > 2 { break; }
                    W::new(&ctx, 9, 0).await;
                }
                tokio::select! {
                    _ = W::new(&ctx, 10, 2) => {
                        W::new(&ctx, 11, 3).await;
                    }
                    _ = W::new(&ctx, 12, 1) => {
                        W::new(&ctx, 13, 1).await;
                        yield_!(Ok(14));
                        W::new(&ctx, 15, 3).await;
                    }
                    else => {
                        W::new(&ctx, 16, 1).await;
                        yield_!(Ok(17));
                        W::new(&ctx, 18, 0).await;
                    }
                }
                break;
            }
        }
        W::new(&ctx, 19, 0).await;
        break;
    }
    return;
}
