// finding: F1-return-in-select-try-mode
// seed: 1000130
// expect `drain` => w1- w27x L2 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w27x L2 close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x w27x cancel=Ok
// expect `take 0 mid 2 close` => w1- w27x L2 end close=Ok
// expect `take 0 mid 2 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 0 mid 3 close` => w1- w27x L2 end close=Ok
// expect `take 0 mid 3 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 1 close` => w1- w27x L2 end close=Ok
// expect `take 1 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 1 mid 1 close` => w1- w27x L2 end close=Ok
// expect `take 1 mid 1 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 1 mid 2 close` => w1- w27x L2 end close=Ok
// expect `take 1 mid 2 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 1 mid 3 close` => w1- w27x L2 end close=Ok
// expect `take 1 mid 3 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 2 close` => w1- w27x L2 end close=Ok
// expect `take 2 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 2 mid 1 close` => w1- w27x L2 end close=Ok
// expect `take 2 mid 1 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 2 mid 2 close` => w1- w27x L2 end close=Ok
// expect `take 2 mid 2 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 2 mid 3 close` => w1- w27x L2 end close=Ok
// expect `take 2 mid 3 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 3 mid 2 close` => w1- w27x L2 end close=Ok
// expect `take 7 cancel` => w1- w27x L2 end cancel=Ok
// expect `take 3 close` => w1- w27x L2 end close=Ok
// expect `take 6 close` => w1- w27x L2 end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 1), if ctx.ch(32, 0b111, 4) => {
            let Some(v2) = ctx.opt(2, 0b1, 2) else {
                'l3: {
                    W::new(&ctx, 4, 1).await;
                    ctx.check(5, 0b1111, 4)?;
                    yield_!(Ok(6));
                }
                let m7: u32 = match ctx.pick(7, 0, 3) {
                    0 => {
                        ctx.log("s8");
                        W::new(&ctx, 9, 1).await;
                        W::new(&ctx, 10, 2).await;
                        futures::join!(async { W::new(&ctx, 11, 2).await; ctx.log("j11"); }, W::new(&ctx, 12, 1));
                        14
                    }
                    1 => {
                        ctx.log("s13");
                        ctx.log("s14");
                        yield_!(Ok(15));
                        32
                    }
                    _ => {
                        ctx.check(16, 0b11, 2)?;
                        tokio::try_join!(async { W::new(&ctx, 17, 3).await; ctx.log("j17"); Ok::<(), u32>(()) }, async { W::new(&ctx, 18, 0).await; ctx.log("j18"); Ok::<(), u32>(()) })?;
                        1
                    }
                };
                ctx.log(format!("m7={m7}"));
                yield_!(Ok(19));
                futures::select! {
                    _ = W::new(&ctx, 20, 0).fuse() => {
                        yield_!(Ok(21));
                    }
                    _ = W::new(&ctx, 22, 2).fuse() => {
                        W::new(&ctx, 23, 1).await;
                        tokio::try_join!(async { W::new(&ctx, 24, 0).await; ctx.log("j24"); Ok::<(), u32>(()) }, async { W::new(&ctx, 25, 3).await; ctx.log("j25"); Err::<(), u32>(25) })?;
                        W::new(&ctx, 26, 0).await;
                    }
                }
                return;
            };
            ctx.log(format!("L{v2}"));
        }
        _ = W::new(&ctx, 27, 2), if ctx.ch(28, 0b1, 3) => {
            if ctx.ch(29, 0b11, 3) {
                ctx.log("s30");
            } else {
                ctx.log("s31");
                return;
            }
        }
        else => {
            ctx.log("s33");
        }
    }
}
