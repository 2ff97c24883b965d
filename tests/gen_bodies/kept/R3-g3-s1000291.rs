// finding: R3-cancel-in-select+R9-cancel-in-futures-select
// seed: 1000291
// expect `take 0 mid 1 cancel` => s4 L3 gaveup w6x w9x w33x t5 t5. t47 w48- t47. cancel=Ok
// expect `take 1 mid 1 cancel` => s4 L3 w9- w6x w33x w10- w12x w15x item Err(11) gaveup w20x w23x w30x t5 t5. t47 w48- t47. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t47");
        W::new(&ctx, 48, 1).await;
        ctx.log("t47.");
    }
    'l1: for _ in 0..2 {
        'l2: {
            let Some(v3) = ctx.opt(3, 0b110, 3) else {
                ctx.log("s4");
                continue 'l1;
            };
            ctx.log(format!("L{v3}"));
        }
        teardown! {
            ctx.log("t5");
            ctx.log("t5.");
        }
        tokio::select! {
            _ = W::new(&ctx, 6, 3) => {
                tokio::join!(W::new(&ctx, 7, 2), W::new(&ctx, 8, 3));
            }
            _ = W::new(&ctx, 9, 1) => {
                futures::select! {
                    _ = W::new(&ctx, 10, 0).fuse() => {
                        yield_!(Err(11));
                    }
                    _ = W::new(&ctx, 12, 1).fuse() => {
                        W::new(&ctx, 13, 1).await;
                        yield_!(Ok(14));
                    }
                    _ = W::new(&ctx, 15, 2).fuse() => {
                        ctx.check(16, 0b0, 2)?;
                        yield_!(Ok(17));
                        W::new(&ctx, 18, 1).await;
                        ctx.log("s19");
                    }
                }
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 20, 1) => {
                        yield_!(Ok(21));
                        yield_!(Ok(22));
                    }
                    _ = W::new(&ctx, 23, 2), if ctx.ch(24, 0b100, 4) => {
                        yield_!(Ok(25));
                        W::new(&ctx, 26, 1).await;
                        ctx.check(27, 0b111, 4)?;
                        tokio::join!(W::new(&ctx, 28, 1), async { W::new(&ctx, 29, 0).await; ctx.log("j29"); });
                    }
                    _ = W::new(&ctx, 30, 1), if ctx.ch(31, 0b101, 4) => {
                        W::new(&ctx, 32, 3).await;
                        break;
                    }
                }
            }
            _ = W::new(&ctx, 33, 2) => {
                W::new(&ctx, 34, 1).await;
                let b35: u32 = 'l35: {
                    ctx.check(36, 0b0, 1)?;
                    4
                };
                ctx.log(format!("b35={b35}"));
            }
        }
        tokio::select! {
            _ = W::new(&ctx, 37, 2), if ctx.ch(44, 0b0, 1) => {
                ctx.log("s38");
            }
            _ = W::new(&ctx, 39, 1), if ctx.ch(45, 0b0, 1) => {
                ctx.log("s40");
            }
            _ = W::new(&ctx, 41, 0), if ctx.ch(46, 0b0, 1) => {
                ctx.log("s42");
            }
        }
    }
}
