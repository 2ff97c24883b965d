// finding: R1-cancel-in-teardown-goes-on
// seed: 1000018
// expect `take 0 mid 1 cancel` => s8 t6 gaveup w7- t6. t4 w5- t4. t1 t1. t32 t32. cancel=Ok
// expect `take 0 mid 2 cancel` => s8 t6 gaveup w7- t6. t4 w5- t4. t1 t1. t32 t32. cancel=Ok
// expect `take 0 mid 3 cancel` => s8 t6 w7- t6. t4 gaveup w5- t4. t1 t1. t32 t32. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t32");
        ctx.log("t32.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    let mut c2 = 0;
    let b2: u32 = loop {
        c2 += 1;
        if c2 > 1 { break 41; }
        let b3: u32 = 'l3: {
            teardown! {
                ctx.log("t4");
                W::new(&ctx, 5, 1).await;
                ctx.log("t4.");
            }
            teardown! {
                ctx.log("t6");
                W::new(&ctx, 7, 2).await;
                ctx.log("t6.");
            }
            ctx.log("s8");
            12
        };
        ctx.log(format!("b3={b3}"));
        ctx.log("s9");
        W::new(&ctx, 10, 0).await;
        let m11: u32 = match ctx.pick(11, 0, 3) {
            0 => {
                tokio::try_join!(W::new(&ctx, 12, 2).ok(), W::new(&ctx, 13, 3).fail(13))?;
                teardown! {
                    ctx.log("t14");
                    W::new(&ctx, 15, 1).await;
                    ctx.log("t14.");
                }
                yield_!(Ok(16));
                ctx.log("s17");
                35
            }
            1 => {
                tokio::select! {
                    _ = W::new(&ctx, 18, 2) => {
                        yield_!(Ok(19));
                        yield_!(Ok(20));
                        yield_!(Ok(21));
                        yield_!(Ok(22));
                    }
                    _ = W::new(&ctx, 23, 0), if ctx.ch(24, 0b10, 2) => {
                        W::new(&ctx, 25, 3).await;
                        futures::join!(W::new(&ctx, 26, 0), W::new(&ctx, 27, 2));
                        ctx.check(28, 0b10, 3)?;
                    }
                    _ = W::new(&ctx, 29, 1) => {
                        ctx.log("s30");
                    }
                }
                break 37;
            }
            _ => {
                ctx.log("s31");
                19
            }
        };
        ctx.log(format!("m11={m11}"));
    };
    ctx.log(format!("b2={b2}"));
}
