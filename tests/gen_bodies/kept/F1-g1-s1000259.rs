// finding: F1-return-in-select-try-mode
// seed: 1000259
// expect `drain` => s32 m6=35 b1=33 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 0 mid 1 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 0 mid 2 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 0 mid 2 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 0 mid 3 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 0 mid 3 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 1 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 1 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 1 mid 1 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 1 mid 1 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 1 mid 2 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 1 mid 2 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 1 mid 3 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 1 mid 3 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 2 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 2 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 2 mid 1 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 2 mid 1 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 2 mid 2 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 2 mid 2 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 2 mid 3 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 2 mid 3 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 3 mid 4 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 4 mid 1 cancel` => s32 m6=35 b1=33 end cancel=Ok
// expect `take 4 mid 6 close` => s32 m6=35 b1=33 end close=Ok
// expect `take 7 cancel` => s32 m6=35 b1=33 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    let b1: u32 = 'l1: {
        let mut c2 = 0;
        while c2 < 0 {
            c2 += 1;
            yield_!(Ok(3));
            ctx.log("s4");
        }
        ctx.check(5, 0b0, 1)?;
        let m6: u32 = match ctx.pick(6, 2, 3) {
            0 => {
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 7, 1), if ctx.ch(14, 0b1000, 4) => {
                        W::new(&ctx, 8, 3).await;
                        yield_!(Ok(9));
                        yield_!(Ok(10));
                    }
                    _ = W::new(&ctx, 11, 2), if ctx.ch(12, 0b0, 1) => {
                        yield_!(Ok(13));
                        return;
                    }
                    else => {
                        tokio::join!(W::new(&ctx, 15, 0), async { W::new(&ctx, 16, 2).await; ctx.log("j16"); });
                        yield_!(Err(17));
                        yield_!(Ok(18));
                        yield_!(Ok(19));
                    }
                }
                yield_!(Ok(20));
                yield_!(Err(21));
                ctx.log("s22");
                24
            }
            1 => {
                let mut c23 = 0;
                let b23: u32 = loop {
                    c23 += 1;
                    if c23 > 3 { break 3; }
                    ctx.check(24, 0b0, 1)?;
                    W::new(&ctx, 25, 2).await;
                    W::new(&ctx, 26, 3).await;
                    yield_!(Err(27));
                };
                ctx.log(format!("b23={b23}"));
                let Some(v28) = ctx.opt(28, 0b1, 4) else {
                    yield_!(Ok(29));
                    break 'l1 0;
                };
                ctx.log(format!("L{v28}"));
                {
                    ctx.log("s31");
                }
                48
            }
            _ => {
                ctx.log("s32");
                35
            }
        };
        ctx.log(format!("m6={m6}"));
        33
    };
    ctx.log(format!("b1={b1}"));
}
