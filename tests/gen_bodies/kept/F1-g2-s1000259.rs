// finding: F1-return-in-select-try-mode
// seed: 1000259
// expect `drain` => item Ok(33) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => item Ok(33) close=Ok
// expect `take 0 mid 1 cancel` => item Ok(33) cancel=Ok
// expect `take 0 mid 2 close` => item Ok(33) close=Ok
// expect `take 0 mid 2 cancel` => item Ok(33) cancel=Ok
// expect `take 0 mid 3 close` => item Ok(33) close=Ok
// expect `take 0 mid 3 cancel` => item Ok(33) cancel=Ok
// expect `take 1 close` => item Ok(33) close=Ok
// expect `take 1 cancel` => item Ok(33) cancel=Ok
// expect `take 1 mid 1 close` => item Ok(33) end close=Ok
// expect `take 1 mid 1 cancel` => item Ok(33) end cancel=Ok
// expect `take 1 mid 2 close` => item Ok(33) end close=Ok
// expect `take 1 mid 2 cancel` => item Ok(33) end cancel=Ok
// expect `take 1 mid 3 close` => item Ok(33) end close=Ok
// expect `take 1 mid 3 cancel` => item Ok(33) end cancel=Ok
// expect `take 2 close` => item Ok(33) end close=Ok
// expect `take 2 cancel` => item Ok(33) end cancel=Ok
// expect `take 2 mid 1 close` => item Ok(33) end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(33) end cancel=Ok
// expect `take 2 mid 2 close` => item Ok(33) end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(33) end cancel=Ok
// expect `take 2 mid 3 close` => item Ok(33) end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(33) end cancel=Ok
// expect `take 3 mid 4 close` => item Ok(33) end close=Ok
// expect `take 4 mid 1 cancel` => item Ok(33) end cancel=Ok
// expect `take 4 mid 6 close` => item Ok(33) end close=Ok
// expect `take 7 cancel` => item Ok(33) end cancel=Ok
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
                futures::select_biased! {
                    _ = W::new(&ctx, 7, 1).fuse() => {
                        W::new(&ctx, 8, 3).await;
                        yield_!(Ok(9));
                        yield_!(Ok(10));
                        yield_!(Err(11));
                    }
                    _ = W::new(&ctx, 12, 2).fuse() => {
                        yield_!(Ok(13));
                        return;
                    }
                }
                tokio::select! {
                    _ = W::new(&ctx, 14, 0) => {
                        tokio::try_join!(W::new(&ctx, 15, 3).fail(15), async { W::new(&ctx, 16, 2).await; ctx.log("j16"); Ok::<(), u32>(()) })?;
                        yield_!(Ok(17));
                        yield_!(Ok(18));
                        yield_!(Ok(19));
                    }
                    _ = W::new(&ctx, 20, 1), if ctx.ch(21, 0b0, 1) => {
                        yield_!(Ok(22));
                    }
                    _ = W::new(&ctx, 23, 2) => {
                        W::new(&ctx, 24, 2).await;
                    }
                }
                futures::select! {
                    _ = W::new(&ctx, 25, 2).fuse() => {
                        yield_!(Ok(26));
                    }
                    _ = W::new(&ctx, 27, 0).fuse() => {
                        ctx.log("s28");
                    }
                }
                {
                    ctx.log("s30");
                    W::new(&ctx, 31, 1).await;
                    break 'l1 48;
                }
                35
            }
            1 => {
                yield_!(Err(32));
                18
            }
            _ => {
                yield_!(Ok(33));
                return;
            }
        };
        ctx.log(format!("m6={m6}"));
        9
    };
    ctx.log(format!("b1={b1}"));
}
